// Proposals the actor may see (HQ: all; regional users: their markets' and their own).
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { proposalWhereForActor } from "@/lib/permissions/termbase";

export async function findProposals(actor: Actor, filter: { state?: "pending" | "accepted" | "rejected"; take?: number } = {}) {
  const db = await getDb();
  const proposals = await db.termProposal.findMany({
    where: { ...proposalWhereForActor(actor), ...(filter.state ? { state: filter.state } : {}) },
    orderBy: { createdAt: filter.state === "pending" ? "asc" : "desc" },
    take: filter.take ?? 200,
    include: { concept: { select: { id: true, subject: true, terms: { where: { marketId: null }, select: { locale: true, text: true, status: true }, take: 6 } } } },
  });
  const userIds = [...new Set(proposals.flatMap((p) => [p.proposedById, p.decidedById]).filter((v): v is string => !!v))];
  const marketIds = [...new Set(proposals.map((p) => p.marketId).filter((v): v is string => !!v))];
  const [users, markets] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.market.findMany({ where: { id: { in: marketIds } }, select: { id: true, code: true } }),
  ]);
  const userOf = new Map(users.map((u) => [u.id, u]));
  const marketOf = new Map(markets.map((m) => [m.id, m.code]));
  return proposals.map((p) => ({
    ...p,
    proposedBy: userOf.get(p.proposedById) ?? null,
    decidedBy: p.decidedById ? (userOf.get(p.decidedById) ?? null) : null,
    marketCode: p.marketId ? (marketOf.get(p.marketId) ?? null) : null,
  }));
}

export async function countPendingProposals(actor: Actor): Promise<number> {
  const db = await getDb();
  return db.termProposal.count({ where: { ...proposalWhereForActor(actor), state: "pending" } });
}
