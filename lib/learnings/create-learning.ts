// A market writes what it learned, optionally linked to a campaign, variant (of its own market)
// and one of that variant's results.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canWriteLearning } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { loadResultVariant } from "@/lib/results/load-result-variant";
import { loadCampaign } from "@/lib/campaigns/load-campaign";
import { createLearningSchema } from "./learning.schemas";

export const createLearning = defineOperation({
  name: "learning.create",
  input: createLearningSchema,
  authorize: (actor) => canWrite(actor) && (actor.role === "regional_marketer" || actor.role === "regional_approver"),
  run: async ({ actor, input: data, tx: t }) => {
    requireAllowed(canWriteLearning(actor, data.marketId));
    let campaignId = data.campaignId;
    if (data.variantId) {
      const variant = await loadResultVariant(actor, data.variantId, "view", t);
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
  },
});
