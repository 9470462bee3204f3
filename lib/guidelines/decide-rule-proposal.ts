// HQ accepts a rule proposed from a learning (it becomes active for the checker) or rejects it
// (the rule is removed; the audit event keeps what was proposed).
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canDecideRuleProposal, canSeeGuidelineItem } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { decideProposalSchema } from "./guideline.schemas";
import { ruleSnapshot } from "./rule-snapshot";

export const decideRuleProposal = defineOperation({
  name: "guideline_rule.decide_proposal",
  input: decideProposalSchema,
  // Role-level only: another market's proposal answers 404 before "not an editor" answers 403.
  authorize: canWrite,
  run: async ({ actor, input: { id, decision }, tx }) => {
    const rule = await tx.guidelineRule.findUnique({ where: { id } });
    if (!rule) throw notFound();
    requireVisible(canSeeGuidelineItem(actor, rule));
    requireAllowed(canDecideRuleProposal(actor));
    if (!rule.proposed) throw new AppError("RULE_NOT_PROPOSED", { status: 409 });
    if (decision === "reject") {
      await tx.guidelineRule.delete({ where: { id } });
      await recordAudit(
        { actor, action: "guideline_rule.reject", entityType: "guideline_rule", entityId: id, marketId: rule.marketId, before: ruleSnapshot(rule), meta: { learningId: rule.learningId } },
        tx,
      );
      return { id, decision, rule: null };
    }
    const after = await tx.guidelineRule.update({
      where: { id },
      data: { proposed: false, version: { increment: 1 }, updatedById: actor.id },
    });
    await tx.guidelineRuleVersion.create({
      data: { ruleId: id, version: after.version, snapshot: ruleSnapshot(after) as Prisma.InputJsonValue, changedById: actor.id },
    });
    await recordAudit(
      { actor, action: "guideline_rule.accept", entityType: "guideline_rule", entityId: id, marketId: after.marketId, before: ruleSnapshot(rule), after: ruleSnapshot(after), meta: { learningId: rule.learningId } },
      tx,
    );
    return { id, decision, rule: after };
  },
});
