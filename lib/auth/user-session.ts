// Server-side sessions: the session cookie only names a UserSession row, re-read with the user on
// every request, so sign-out, a password reset, disabling or a role change ends a session even
// when someone kept a copy of the cookie.
import type { Db } from "@/lib/db";
import { getDb, queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { actorColumns, actorFromRow, type ActorRow } from "./load-actor";

export async function startUserSession(userId: string, maxAgeSeconds: number, tx?: Db): Promise<string> {
  const db = tx ?? (await getDb());
  // Sessions that ended a day ago prove nothing any more; each sign-in sweeps its user's.
  const dayAgo = new Date(Date.now() - 86_400_000);
  await db.userSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lt: dayAgo } }, { revokedAt: { lt: dayAgo } }] } });
  const session = await db.userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

export async function revokeUserSession(sessionId: string, tx?: Db): Promise<void> {
  const db = tx ?? (await getDb());
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every session and revokes every API token of a user: after a password reset, disabling
 * or a role change, nothing issued under the old state keeps working.
 */
export async function revokeUserCredentials(tx: Db, userId: string): Promise<void> {
  const now = new Date();
  await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** The actor of a live session (not revoked, not expired, user enabled), or null. One statement. */
export async function loadSessionActor(sessionId: string, sessionVersion?: number): Promise<Actor | null> {
  const [row] = await queryRows<ActorRow>(Prisma.sql`
    SELECT ${actorColumns} FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."revokedAt" IS NULL AND s."expiresAt" > now()`);
  return row ? actorFromRow(row, sessionVersion) : null;
}
