// Who a variant may be given to (the assignee control on the variant page), by the same rules
// assignVariant applies: canAssignVariant for the actor, canBeAssignee for each person.
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canAssignVariant, canBeAssignee, canEverAssignVariants } from "@/lib/permissions/variants";

/** People the variant may be given to, for the assignee control (same rule as the operation). */
export async function findEligibleAssignees(marketId: string, db: Db) {
  const users = await db.user.findMany({
    where: { disabledAt: null, memberships: { some: { marketId } } },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, memberships: { select: { marketId: true } } },
    orderBy: { name: "asc" },
  });
  return users
    .filter((u) => canBeAssignee({ ...u, marketIds: u.memberships.map((m) => m.marketId) }, marketId))
    .map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role }));
}

/** For the variant page: the people to choose from when the actor may assign, else null. */
export async function getAssignmentOptions(actor: Actor, variant: { id: string; marketId: string; assigneeId: string | null }) {
  if (!canEverAssignVariants(actor)) return null;
  const db = await getDb();
  const market = await db.market.findUnique({ where: { id: variant.marketId }, select: { leadId: true } });
  if (!market || !canAssignVariant(actor, { ...variant, leadId: market.leadId })) return null;
  const people = await findEligibleAssignees(variant.marketId, db);
  // Someone assigned before the rules applied (e.g. an approver leading the market) stays listed,
  // so saving a new due date does not silently take the work from them.
  if (variant.assigneeId && !people.some((p) => p.id === variant.assigneeId)) {
    const current = await db.user.findUnique({ where: { id: variant.assigneeId }, select: { id: true, name: true, email: true, role: true } });
    if (current) people.unshift(current);
  }
  return { people };
}

