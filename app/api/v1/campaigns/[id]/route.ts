// One campaign with its touchpoints, blocks and the variants the token holder may see (GET); brief edits (PATCH, HQ, version-checked).
import { campaignToJson } from "@/lib/campaigns/campaign-json";
import { updateCampaignSchema } from "@/lib/campaigns/campaign.schemas";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { updateCampaign } from "@/lib/campaigns/update-campaign";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ actor, params }) => campaignToJson(await getCampaign(actor, params.id)));

export const PATCH = apiRoute<Params>(async ({ req, actor, params }) => {
  updateCampaign.authorize(actor);
  const body = await readJson(req, updateCampaignSchema.omit({ id: true }));
  await updateCampaign(actor, { ...body, id: params.id });
  return campaignToJson(await getCampaign(actor, params.id));
});
