// One concept with the terms the actor may see, its proposals and its history (audit events).
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireVisible } from "@/lib/permissions/require";
import { canSeeTerm, proposalWhereForActor, termWhereForActor } from "@/lib/permissions/termbase";
import { termSelect } from "./term-snapshot";

export async function getConcept(actor: Actor, id: string, tx?: Db) {
  const db = tx ?? (await getDb());
  const concept = await db.concept.findUnique({
    where: { id },
    include: { terms: { where: termWhereForActor(actor), select: termSelect, orderBy: [{ locale: "asc" }, { status: "asc" }, { text: "asc" }] } },
  });
  if (!concept) throw notFound();
  // A concept whose every term belongs to markets the actor cannot see does not exist for them.
  if (concept.terms.length === 0) {
    const any = await db.term.findFirst({ where: { conceptId: id }, select: { marketId: true } });
    requireVisible(!any || canSeeTerm(actor, any));
  }
  return concept;
}

export async function getConceptHistory(actor: Actor, id: string, limit = 100) {
  await getConcept(actor, id);
  const db = await getDb();
  const events = await db.auditEvent.findMany({
    where: { entityType: "concept", entityId: id },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  // Changes to another market's terms stay hidden from regional users.
  return events.filter((e) => !e.marketId || canSeeTerm(actor, { marketId: e.marketId }));
}

export async function getConceptProposals(actor: Actor, id: string) {
  await getConcept(actor, id);
  const db = await getDb();
  return db.termProposal.findMany({
    where: { conceptId: id, ...proposalWhereForActor(actor) },
    orderBy: { createdAt: "desc" },
  });
}
