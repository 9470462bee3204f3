// Termbase import: POST the TBX or CSV file as the body; all-or-nothing (422 lists every problem).
// ?createMissingMarkets=true (admins): create the markets the file names that are missing.
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { mediaType, readBytes } from "@/lib/http/read-body";
import { importTermbase } from "@/lib/termbase/import-termbase";
import { CSV_MEDIA_TYPES, formatOfMediaType, importLimitBytes, TBX_MEDIA_TYPES } from "@/lib/termbase/parse-termbase-file";

export const POST = apiRoute(async ({ req, actor }) => {
  importTermbase.authorize(actor); // before the media type is judged or the body read
  const format = formatOfMediaType(mediaType(req));
  if (!format) {
    const accepted = [...TBX_MEDIA_TYPES, ...CSV_MEDIA_TYPES];
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", { message: `Content-Type must be one of: ${accepted.join(", ")}`, details: { accepted } });
  }
  const createMissingMarkets = new URL(req.url).searchParams.get("createMissingMarkets") === "true";
  const body = await readBytes(req, importLimitBytes());
  return importTermbase(actor, { format, content: new Uint8Array(body), createMissingMarkets });
});
