// A market writes what it learned, optionally linked to a campaign, variant (of its own market)
// and one of that variant's results.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canWriteLearning } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { loadResultVariant } from "@/lib/results/load-result-variant";
import { loadCampaign } from "@/lib/campaigns/load-campaign";
import { createLearningSchema } from "./learning.schemas";

export async function createLearning(actor: Actor, input: unknown, tx?: Db) {
  const data = createLearningSchema.parse(input);
  requireAllowed(canWriteLearning(actor, data.marketId));
  const run = async (t: Db) => {
    let campaignId = data.campaignId;
    if (data.variantId) {
      const variant = await loadResultVariant(t, actor, data.variantId, "view");
      if (variant.marketId !== data.marketId) throw new AppError("LEARNING_VARIANT_OTHER_MARKET", { status: 422 });
      if (campaignId && campaignId !== variant.campaignId) throw new AppError("LEARNING_LINK_MISMATCH", { status: 422 });
      campaignId = variant.campaignId;
    } else if (campaignId) {
      await loadCampaign(actor, campaignId, "view", t);
    }
    if (data.resultId) {
      const result = await t.result.findUnique({ where: { id: data.resultId }, select: { variantId: true } });
      if (!result || result.variantId !== data.variantId) throw new AppError("LEARNING_LINK_MISMATCH", { status: 422 });
    }
    const learning = await t.learning.create({
      data: {
        marketId: data.marketId,
        campaignId,
        variantId: data.variantId,
        resultId: data.resultId,
        segment: data.segment,
        channel: data.channel,
        title: data.title,
        body: data.body,
        tags: data.tags,
        authorId: actor.id,
      },
    });
    await recordAudit({ actor, action: "learning.create", entityType: "learning", entityId: learning.id, marketId: learning.marketId, after: learning }, t);
    return learning;
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}
