// Regional marketers and approvers propose a term for a locale of their own markets; HQ decides.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { requireAllowed } from "@/lib/permissions/require";
import { canProposeTerm, mayProposeTerms } from "@/lib/permissions/termbase";
import { getConcept } from "./get-concept";
import { ownLocales } from "./own-locales";
import { proposeTermSchema } from "./termbase.schemas";

export const proposeTerm = defineOperation({
  name: "term.propose",
  input: proposeTermSchema,
  authorize: mayProposeTerms,
  run: async ({ actor, input: data, tx }) => {
    if (data.conceptId) await getConcept(actor, data.conceptId, tx);
    const own = await ownLocales(actor, tx);
    requireAllowed(canProposeTerm(actor, data.locale, own.map((o) => o.locale)));
    const marketId = own.find((o) => o.locale.toLowerCase() === data.locale.toLowerCase())!.marketId;
    const proposal = await tx.termProposal.create({
      data: {
        conceptId: data.conceptId,
        marketId,
        locale: data.locale,
        text: data.text,
        status: data.status,
        doNotTranslate: data.doNotTranslate,
        note: data.note,
        proposedById: actor.id,
      },
    });
    await recordAudit(
      {
        actor,
        action: "term.propose",
        entityType: data.conceptId ? "concept" : "term_proposal",
        entityId: data.conceptId ?? proposal.id,
        marketId,
        after: { proposalId: proposal.id, locale: proposal.locale, text: proposal.text, status: proposal.status, doNotTranslate: proposal.doNotTranslate, note: proposal.note },
      },
      tx,
    );
    return proposal;
  },
});
