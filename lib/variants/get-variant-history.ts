// Every edit and transition of a variant (AuditEvent rows), newest first, with who and when.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { loadVariant } from "./load-variant";

export async function getVariantHistory(actor: Actor, variantId: string, take = 200) {
  const db = await getDb();
  const variant = await loadVariant(actor, variantId, "view", db);
  const events = await db.auditEvent.findMany({
    where: { entityType: "variant", entityId: variant.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, createdAt: true, actorId: true, actorEmail: true, action: true, before: true, after: true, meta: true },
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    variant: { id: variant.id, campaign: variant.campaign, market: variant.market, locale: variant.locale, state: variant.state },
    events: events.map((e) => ({ ...e, actorName: (e.actorId && names.get(e.actorId)) || e.actorEmail || null })),
  };
}
