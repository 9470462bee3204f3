// Resolves a bearer token to its owner's Actor (read-only tokens carry readOnly).
// Token, owner and markets come from one statement on every request, never from a cache, so a
// revoked or expired token, or a disabled owner, is refused from the next request on.
import { actorColumns, actorFromRow, type ActorRow } from "@/lib/auth/load-actor";
import { getDb, queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

type TokenRow = ActorRow & {
  tokenId: string;
  readOnly: boolean;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export async function authenticateToken(secret: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const [token] = await queryRows<TokenRow>(Prisma.sql`
    SELECT k."id" AS "tokenId", k."readOnly", k."expiresAt", k."lastUsedAt", k."revokedAt", ${actorColumns}
    FROM "ApiToken" k JOIN "User" u ON u."id" = k."userId"
    WHERE k."tokenHash" = ${hashToken(secret)}`);
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) return null;
  const actor = actorFromRow(token);
  if (!actor) return null;
  // Last-use time is informative; at most one write a minute per token.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    const db = await getDb();
    await db.apiToken.update({ where: { id: token.tokenId }, data: { lastUsedAt: new Date() } });
  }
  return { ...actor, readOnly: token.readOnly };
}
