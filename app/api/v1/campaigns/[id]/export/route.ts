// API v1: a campaign's approved and published variants as JSON or CSV, or every visible variant as a zip of XLIFF files.
import { marketList } from "@/lib/exchange/exchange-media-types";
import { campaignExportQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportCampaign } from "@/lib/exchange/export-campaign";
import { apiRoute } from "@/lib/http/api-route";
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const query = campaignExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const file = await exportCampaign(actor, { campaignId: params.id, format: query.format, version: query.version, markets: marketList(query.markets) });
  return downloadResponse(exportedFileDownload(file));
});
