// Regional marketers and approvers propose a term for a locale of their own markets; HQ decides.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canProposeTerm, mayProposeTerms } from "@/lib/permissions/termbase";
import { getConcept } from "./get-concept";
import { proposeTermSchema } from "./termbase.schemas";

/** Locales of the actor's markets, each with the market it belongs to. */
export async function ownLocales(actor: Actor, tx?: Db): Promise<Array<{ locale: string; marketId: string }>> {
  if (actor.marketIds.length === 0) return [];
  const db = tx ?? (await getDb());
  const markets = await db.market.findMany({ where: { id: { in: actor.marketIds }, archivedAt: null }, select: { id: true, locales: true } });
  return markets.flatMap((m) => m.locales.map((locale) => ({ locale, marketId: m.id })));
}

export async function proposeTerm(actor: Actor, input: unknown) {
  requireAllowed(mayProposeTerms(actor));
  const data = proposeTermSchema.parse(input);
  if (data.conceptId) await getConcept(actor, data.conceptId);
  const own = await ownLocales(actor);
  requireAllowed(canProposeTerm(actor, data.locale, own.map((o) => o.locale)));
  const marketId = own.find((o) => o.locale.toLowerCase() === data.locale.toLowerCase())!.marketId;
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
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
  });
}
