// API v1: create a campaign's source from a file (XLIFF 1.2/2.x, a JSON campaign definition or a key → text JSON map); 201 or 422 with the problems.
import { env } from "@/lib/env";
import { CAMPAIGN_IMPORT_MEDIA_TYPES, marketList } from "@/lib/exchange/exchange-media-types";
import { campaignImportQuerySchema } from "@/lib/exchange/exchange.schemas";
import { importCampaignFile } from "@/lib/exchange/import-campaign-file";
import { apiRoute } from "@/lib/http/api-route";
import { readBytes, requireMediaType } from "@/lib/http/read-body";

export const POST = apiRoute(
  async ({ req, actor }) => {
    importCampaignFile.authorize(actor);
    requireMediaType(req, CAMPAIGN_IMPORT_MEDIA_TYPES);
    const query = campaignImportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const body = await readBytes(req, env().MAX_IMPORT_MB * 1024 * 1024);
    return importCampaignFile(actor, {
      file: new Uint8Array(body),
      options: { name: query.name, markets: marketList(query.markets), channel: query.channel },
    });
  },
  { status: 201, location: (campaign) => `/api/v1/campaigns/${campaign.id}` },
);
