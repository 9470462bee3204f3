// HQ turns a learning into something the next round uses: a proposed guideline rule (awaiting
// acceptance on the guidelines page), a term proposal for the termbase, or a note appended to a
// draft campaign's brief. Learning.promotedTo keeps the link back.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { accessFacts, campaignAccessSelect, canViewCampaign } from "@/lib/permissions/campaigns";
import { canPromoteLearning } from "@/lib/permissions/learnings";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { promoteLearningSchema, type PromotedTo } from "./learning.schemas";
import { loadLearning } from "./load-learning";

export const promoteLearning = defineOperation({
  name: "learning.promote",
  input: promoteLearningSchema,
  // Role level only: an invisible learning answers 404 before the learning's rules answer 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const learning = await loadLearning(actor, data.learningId, tx);
    requireAllowed(canPromoteLearning(actor, learning));
    const market = await tx.market.findUnique({ where: { id: learning.marketId }, select: { code: true } });
    const origin = `${learning.title} (${market?.code ?? "?"})`;
    let link: PromotedTo;
    if (data.target === "guideline_rule") {
      if (data.marketId && !(await tx.market.findUnique({ where: { id: data.marketId }, select: { id: true } }))) throw notFound();
      const rule = await tx.guidelineRule.create({
        data: {
          marketId: data.marketId,
          channel: data.channel,
          kind: data.kind,
          severity: data.severity,
          phrase: data.kind === "style" ? null : data.text,
          style: data.kind === "style" ? data.text : null,
          message: data.message ?? `From learning: ${origin}`,
          proposed: true,
          learningId: learning.id,
          updatedById: actor.id,
        },
      });
      link = { type: "guideline_rule", id: rule.id, at: new Date().toISOString(), byId: actor.id };
    } else if (data.target === "term") {
      const proposal = await tx.termProposal.create({
        data: {
          marketId: learning.marketId,
          locale: data.locale,
          text: data.text,
          status: data.status,
          doNotTranslate: data.doNotTranslate,
          note: data.note ?? `From learning: ${origin}`,
          learningId: learning.id,
          proposedById: actor.id,
        },
      });
      link = { type: "term_proposal", id: proposal.id, at: new Date().toISOString(), byId: actor.id };
    } else {
      const campaign = await tx.campaign.findUnique({ where: { id: data.campaignId }, select: { id: true, briefNotes: true, ...campaignAccessSelect } });
      requireVisible(!!campaign && canViewCampaign(actor, accessFacts(campaign)));
      if (campaign!.status !== "draft") throw new AppError("LEARNING_BRIEF_NOT_DRAFT", { status: 409 });
      const note = `Learning — ${origin}: ${data.note}`;
      const briefNotes = campaign!.briefNotes.trim() ? `${campaign!.briefNotes.trimEnd()}\n\n${note}` : note;
      await tx.campaign.update({ where: { id: campaign!.id }, data: { briefNotes, version: { increment: 1 } } });
      await recordAudit(
        { actor, action: "campaign.brief_note", entityType: "campaign", entityId: campaign!.id, before: { briefNotes: campaign!.briefNotes }, after: { briefNotes }, meta: { learningId: learning.id } },
        tx,
      );
      link = { type: "brief_note", id: campaign!.id, campaignId: campaign!.id, at: new Date().toISOString(), byId: actor.id };
    }
    const promotedTo = [...(Array.isArray(learning.promotedTo) ? (learning.promotedTo as PromotedTo[]) : []), link];
    const updated = await tx.learning.update({ where: { id: learning.id }, data: { promotedTo: promotedTo as unknown as Prisma.InputJsonValue } });
    await recordAudit({ actor, action: "learning.promote", entityType: "learning", entityId: learning.id, marketId: learning.marketId, after: link }, tx);
    return { learning: updated, promoted: link };
  },
});
