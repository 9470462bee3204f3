// Termbase export: GET /api/v1/termbase/export?format=tbx|csv, the terms the caller may see.
import { apiRoute } from "@/lib/http/api-route";
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";
import { exportTermbase } from "@/lib/termbase/export-termbase";
import { termbaseFormatSchema } from "@/lib/termbase/termbase.schemas";

export const GET = apiRoute(async ({ req, actor }) => {
  const format = termbaseFormatSchema.parse(new URL(req.url).searchParams.get("format") ?? "tbx");
  return downloadResponse(exportedFileDownload(await exportTermbase(actor, format)));
});
