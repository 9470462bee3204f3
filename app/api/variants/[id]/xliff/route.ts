// Downloads a variant as XLIFF for the signed-in UI (session cookie), permission-checked like the editor.
import { exportXliffQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";
import { sessionRoute } from "@/lib/http/session-route";

export const GET = sessionRoute<{ id: string }>(async ({ req, actor, params }) => {
  const query = exportXliffQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return downloadResponse(exportedFileDownload(await exportVariantXliff(actor, { variantId: params.id, version: query.version })));
});
