// Versioned resources expose their version as an entity tag (RFC 9110 §8.8.3), so HTTP clients
// can use the standard If-Match precondition instead of (or besides) a version in the body.
// The tag is strong: If-Match compares strongly, and a version names exactly one saved state.
import { AppError } from "@/lib/errors";

export function versionTag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an If-Match header asks for: undefined when there is no header or it is `*`
 * (any current state). A list or a weak tag cannot name one saved version: 412.
 */
export function readIfMatchVersion(req: Request): number | undefined {
  const header = req.headers.get("if-match")?.trim();
  if (!header || header === "*") return undefined;
  const match = /^"(\d{1,9})"$/.exec(header);
  if (!match) {
    throw new AppError("PRECONDITION_FAILED", { message: `If-Match must be one strong entity tag such as "3", not ${header}` });
  }
  return Number(match[1]);
}
