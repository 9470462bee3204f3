// Reads an uploaded termbase file (TBX or CSV) within the import size limit.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseTermsCsv } from "./csv/parse-terms-csv";
import { parseTbxAsync } from "./tbx/parse-tbx";
import type { ParseTermbaseResult } from "./tbx/termbase-exchange.types";
import type { TermbaseFormat } from "./termbase.schemas";

export const TBX_MEDIA_TYPES = ["application/x-tbx+xml", "application/xml", "text/xml"];
export const CSV_MEDIA_TYPES = ["text/csv"];

export function importLimitBytes(): number {
  return Math.floor(env().MAX_IMPORT_MB * 1024 * 1024);
}

export function formatOfMediaType(mediaType: string): TermbaseFormat | undefined {
  if (TBX_MEDIA_TYPES.includes(mediaType)) return "tbx";
  if (CSV_MEDIA_TYPES.includes(mediaType)) return "csv";
  return undefined;
}

/** Async so that a large TBX is read in slices with the event loop free between them. */
export async function parseTermbaseFile(
  format: TermbaseFormat,
  content: Uint8Array | string,
  options: { dropInvalidDialectFields?: boolean } = {},
): Promise<ParseTermbaseResult> {
  const limit = importLimitBytes();
  const size = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength;
  if (size > limit) {
    throw new AppError("PAYLOAD_TOO_LARGE", { message: `The file is larger than ${limit} bytes`, details: { limitBytes: limit } });
  }
  return format === "tbx" ? parseTbxAsync(content, { maxBytes: limit, dropInvalidDialectFields: options.dropInvalidDialectFields }) : parseTermsCsv(content, { maxBytes: limit });
}
