// Publishes a campaign to its target markets (HQ campaign managers): 200 with the created variants, 422 PUBLISH_REFUSED with the problems.
import { publishCampaign } from "@/lib/campaigns/publish-campaign";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const published = await publishCampaign(actor, { campaignId: params.id });
  return {
    id: published.id,
    status: published.status,
    publishedAt: published.publishedAt.toISOString(),
    variants: published.variants.map((v) => ({ id: v.id, market: v.market, locale: v.locale, state: "draft", assigneeId: v.assigneeId })),
  };
});
