// Who can be mentioned on a variant: active users who can see it (same rule as canViewVariant).
import type { Db } from "@/lib/db";
import { canViewVariant, type VariantAccessFacts } from "@/lib/permissions/variants";

export async function findMentionableUsers(db: Db, variant: VariantAccessFacts) {
  const users = await db.user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { role: { in: ["admin", "hq_brand", "hq_campaign", "viewer"] } },
        { memberships: { some: { marketId: variant.marketId } } },
        ...(variant.assigneeId ? [{ id: variant.assigneeId }] : []),
      ],
    },
    select: { id: true, email: true, name: true, role: true, uiLocale: true, memberships: { select: { marketId: true } } },
    orderBy: { name: "asc" },
  });
  return users
    .filter((u) => canViewVariant({ ...u, marketIds: u.memberships.map((m) => m.marketId) }, variant))
    .map((u) => ({ id: u.id, email: u.email, name: u.name }));
}
