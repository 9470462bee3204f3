// API v1: a campaign's results across the caller's visible markets — per-market lift and interval, pooled estimate, heterogeneity.
import { apiRoute } from "@/lib/http/api-route";
import { getCampaignResults } from "@/lib/results/get-campaign-results";
import { mdeSchema } from "@/lib/results/results.schemas";

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const raw = new URL(req.url).searchParams.get("mde");
  const mde = raw ? mdeSchema.safeParse(raw) : null;
  return getCampaignResults(actor, params.id, { minimumDetectableEffect: mde?.success ? mde.data : undefined });
});
