import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canEditOwnProfile } from "@/lib/permissions/workspace";
import { preferencesSchema } from "./user.schemas";

export async function setPreferences(actor: Actor, input: unknown) {
  requireAllowed(canEditOwnProfile(actor));
  const data = preferencesSchema.parse(input);
  const db = await getDb();
  await db.user.update({ where: { id: actor.id }, data });
  await recordAudit({ actor, action: "user.preferences", entityType: "user", entityId: actor.id, after: data });
  return data;
}
