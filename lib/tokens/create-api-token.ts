// Personal access tokens: the secret is returned once and stored only as a SHA-256 hash.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageOwnTokens } from "@/lib/permissions/workspace";
import { createTokenSchema } from "./token.schemas";
import { hashToken, newTokenSecret } from "./token-secret";

export const createApiToken = defineOperation({
  name: "token.create",
  input: createTokenSchema,
  authorize: canManageOwnTokens,
  run: async ({ actor, input: data, tx }) => {
    const secret = newTokenSecret();
    const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
    const created = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: data.name,
        readOnly: data.readOnly,
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, 10),
        expiresAt,
      },
      select: { id: true, name: true, readOnly: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(
      { actor, action: "token.create", entityType: "api_token", entityId: created.id, after: created },
      tx,
    );
    return { ...created, token: secret };
  },
});
