// API v1: a campaign's approved and published variants as JSON or CSV, or every visible variant as a zip of XLIFF files.
import { marketList } from "@/lib/exchange/exchange-media-types";
import { campaignExportQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportCampaign } from "@/lib/exchange/export-campaign";
import { fileResponse } from "@/lib/exchange/file-response";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const query = campaignExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return fileResponse(
    await exportCampaign(actor, { campaignId: params.id, format: query.format, version: query.version, markets: marketList(query.markets) }),
  );
});
