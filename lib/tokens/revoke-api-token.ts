import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { canManageOwnTokens } from "@/lib/permissions/workspace";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { revokeTokenSchema } from "./token.schemas";

export async function revokeApiToken(actor: Actor, input: unknown): Promise<void> {
  requireAllowed(canManageOwnTokens(actor));
  const { id } = revokeTokenSchema.parse(input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id } });
    // Another user's token does not exist for this actor.
    requireVisible(!!token && token.userId === actor.id);
    if (token!.revokedAt) return;
    await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(
      { actor, action: "token.revoke", entityType: "api_token", entityId: id, before: { revokedAt: null } },
      tx,
    );
  });
}
