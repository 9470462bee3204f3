// Campaigns the token holder may see (GET, filterable and paginated) and campaign creation from a definition (POST, HQ).
import { campaignDefinitionSchema, campaignListSchema } from "@/lib/campaigns/campaign.schemas";
import { createCampaignFromDefinition } from "@/lib/campaigns/create-campaign";
import { findCampaigns } from "@/lib/campaigns/find-campaigns";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";

export const GET = apiRoute(async ({ req, actor }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const input = campaignListSchema.parse(params);
  return findCampaigns(actor, input);
});

export const POST = apiRoute(
  async ({ req, actor }) => {
    createCampaignFromDefinition.authorize(actor);
    const definition = await readJson(req, campaignDefinitionSchema);
    return createCampaignFromDefinition(actor, definition);
  },
  { status: 201, location: (campaign) => `/api/v1/campaigns/${campaign.id}` },
);
