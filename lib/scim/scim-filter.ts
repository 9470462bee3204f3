// The one filter form identity providers send when they look a resource up before creating it:
// `<attribute> eq "<value>"` (RFC 7644 §3.4.2.2). Anything else answers 400 invalidFilter.
import { AppError } from "@/lib/errors";

export interface EqualityFilter {
  attribute: string;
  value: string;
}

export function parseEqualityFilter(filter: string | undefined, attributes: readonly string[]): EqualityFilter | null {
  if (filter === undefined || filter.trim() === "") return null;
  const match = /^\s*([A-Za-z][\w.]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  const attribute = attributes.find((a) => a.toLowerCase() === match?.[1]?.toLowerCase());
  if (!match || !attribute) {
    throw new AppError("SCIM_INVALID_FILTER", { status: 400, message: `Supported filters: ${attributes.map((a) => `${a} eq "…"`).join(", ")}`, details: { scimType: "invalidFilter" } });
  }
  return { attribute, value: match[2]!.replace(/\\(.)/g, "$1") };
}
