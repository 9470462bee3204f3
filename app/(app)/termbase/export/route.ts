// Termbase download for the signed-in user (the export buttons of the termbase pages).
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";
import { sessionRoute } from "@/lib/http/session-route";
import { exportTermbase } from "@/lib/termbase/export-termbase";
import { termbaseExportFormatSchema } from "@/lib/termbase/termbase.schemas";

export const GET = sessionRoute(async ({ req, actor }) => {
  const format = termbaseExportFormatSchema.parse(new URL(req.url).searchParams.get("format") ?? "tbx");
  return downloadResponse(exportedFileDownload(await exportTermbase(actor, format)));
});
