// Termbase export: GET /api/v1/termbase/export?format=tbx|tbx-v2|csv, the terms the caller may see.
import { apiRoute } from "@/lib/http/api-route";
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";
import { exportTermbase } from "@/lib/termbase/export-termbase";
import { termbaseExportFormatSchema } from "@/lib/termbase/termbase.schemas";

export const GET = apiRoute(async ({ req, actor }) => {
  const format = termbaseExportFormatSchema.parse(new URL(req.url).searchParams.get("format") ?? "tbx");
  return downloadResponse(exportedFileDownload(await exportTermbase(actor, format)));
});
