// Downloads a campaign export (JSON, CSV, XLIFF zip) for the signed-in UI (session cookie), permission-checked per variant.
import { marketList } from "@/lib/exchange/exchange-media-types";
import { campaignExportQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportCampaign } from "@/lib/exchange/export-campaign";
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";
import { sessionRoute } from "@/lib/http/session-route";

export const GET = sessionRoute<{ id: string }>(async ({ req, actor, params }) => {
  const query = campaignExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const file = await exportCampaign(actor, { campaignId: params.id, format: query.format, version: query.version, markets: marketList(query.markets) });
  return downloadResponse(exportedFileDownload(file));
});
