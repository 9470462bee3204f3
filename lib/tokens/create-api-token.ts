// Personal access tokens: the secret is returned once and stored only as a SHA-256 hash.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { canManageOwnTokens } from "@/lib/permissions/workspace";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { createTokenSchema } from "./token.schemas";
import { hashToken, newTokenSecret } from "./token-secret";

export async function createApiToken(actor: Actor, input: unknown) {
  requireAllowed(canManageOwnTokens(actor));
  const data = createTokenSchema.parse(input);
  const secret = newTokenSecret();
  const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
  const db = await getDb();
  const token = await db.$transaction(async (tx) => {
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
    return created;
  });
  return { ...token, token: secret };
}
