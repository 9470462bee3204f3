// A member revokes one of their own API tokens; another user's token does not exist for them.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageOwnTokens } from "@/lib/permissions/workspace";
import { requireVisible } from "@/lib/permissions/require";
import { revokeTokenSchema } from "./token.schemas";

export const revokeApiToken = defineOperation({
  name: "token.revoke",
  input: revokeTokenSchema,
  authorize: canManageOwnTokens,
  run: async ({ actor, input: { id }, tx }): Promise<void> => {
    const token = await tx.apiToken.findUnique({ where: { id } });
    // Another user's token does not exist for this actor.
    requireVisible(!!token && token.userId === actor.id);
    if (token!.revokedAt) return;
    await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(
      { actor, action: "token.revoke", entityType: "api_token", entityId: id, before: { revokedAt: null } },
      tx,
    );
  },
});
