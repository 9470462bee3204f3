// HQ accepts a proposal (the term joins its concept, or a new concept) or rejects it with a
// reason. The proposal keeps the decision, who made it, when and why.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { AppError, notFound } from "@/lib/errors";
import { canDecideProposal } from "@/lib/permissions/termbase";
import { toSearchText } from "./search-text";
import { termSelect, termSnapshot } from "./term-snapshot";
import { decideProposalSchema } from "./termbase.schemas";

export const decideProposal = defineOperation({
  name: "term.decide_proposal",
  input: decideProposalSchema,
  authorize: canDecideProposal,
  run: async ({ actor, input: data, tx }) => {
    const proposal = await tx.termProposal.findUnique({ where: { id: data.id } });
    if (!proposal) throw notFound();
    // Claim the pending proposal atomically so two deciders cannot both act on it.
    const claimed = await tx.termProposal.updateMany({
      where: { id: data.id, state: "pending" },
      data: { state: data.decision === "accept" ? "accepted" : "rejected", decidedById: actor.id, decidedAt: new Date(), reason: data.reason },
    });
    if (claimed.count === 0) throw new AppError("PROPOSAL_ALREADY_DECIDED", { status: 409, details: { state: proposal.state } });
    let termId: string | null = null;
    let conceptId = proposal.conceptId;
    if (data.decision === "accept") {
      if (!conceptId) {
        const concept = await tx.concept.create({ data: { createdById: actor.id, note: proposal.note } });
        conceptId = concept.id;
        await recordAudit({ actor, action: "concept.create", entityType: "concept", entityId: conceptId, meta: { fromProposal: proposal.id } }, tx);
      } else {
        await tx.concept.update({ where: { id: conceptId }, data: { version: { increment: 1 } } });
      }
      const marketId = data.marketSpecific ? proposal.marketId : null;
      const term = await tx.term.create({
        data: {
          conceptId,
          locale: proposal.locale,
          text: proposal.text,
          searchText: toSearchText(proposal.text),
          status: proposal.status,
          doNotTranslate: proposal.doNotTranslate,
          usageNote: proposal.note,
          marketId,
        },
        select: termSelect,
      });
      termId = term.id;
      await tx.termProposal.update({ where: { id: proposal.id }, data: { termId, conceptId } });
      await recordAudit(
        { actor, action: "term.create", entityType: "concept", entityId: conceptId, marketId, after: termSnapshot(term), meta: { fromProposal: proposal.id } },
        tx,
      );
    }
    await recordAudit(
      {
        actor,
        action: data.decision === "accept" ? "term.proposal_accept" : "term.proposal_reject",
        entityType: conceptId ? "concept" : "term_proposal",
        entityId: conceptId ?? proposal.id,
        marketId: proposal.marketId,
        before: { proposalId: proposal.id, state: "pending" },
        after: { proposalId: proposal.id, state: data.decision === "accept" ? "accepted" : "rejected", reason: data.reason, termId },
      },
      tx,
    );
    return tx.termProposal.findUniqueOrThrow({ where: { id: proposal.id } });
  },
});
