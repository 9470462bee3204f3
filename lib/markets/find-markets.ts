// Markets the actor may see: all for HQ and global viewers, their own for everyone else.
import { getDb } from "@/lib/db";
import { hasGlobalScope, type Actor } from "@/lib/permissions/actor";

export function marketWhereForActor(actor: Actor) {
  return hasGlobalScope(actor) ? {} : { id: { in: actor.marketIds } };
}

export async function findMarkets(actor: Actor, options: { includeArchived?: boolean } = {}) {
  const db = await getDb();
  return db.market.findMany({
    where: { ...marketWhereForActor(actor), ...(options.includeArchived ? {} : { archivedAt: null }) },
    orderBy: { name: "asc" },
    include: {
      lead: { select: { id: true, name: true, email: true } },
      _count: { select: { memberships: true } },
    },
  });
}
