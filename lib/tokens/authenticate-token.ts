// Resolves a bearer token to its owner's Actor (read-only tokens carry readOnly).
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

export async function authenticateToken(secret: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const db = await getDb();
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashToken(secret) } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) return null;
  const actor = await loadActor(token.userId);
  if (!actor) return null;
  // Last-use time is informative; at most one write a minute per token.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { ...actor, readOnly: token.readOnly };
}
