// Turns a session (user id + session version) or a token owner into an Actor, or null when the
// user is gone, disabled, or the session was revoked by a bumped sessionVersion.
// One SQL statement (the user and their market ids), read fresh on every request: it runs for
// every page and API call, and the ORM's user + memberships queries cost about 4 ms of server
// CPU per request (measured), more than a term lookup.
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, Role } from "@/lib/permissions/actor";

/** The columns `actorFromRow` needs, for a query that reads "User" as `u`. */
export const actorColumns = Prisma.sql`u."id", u."email", u."name", u."role", u."uiLocale", u."disabledAt", u."sessionVersion",
  ARRAY(SELECT m."marketId" FROM "Membership" m WHERE m."userId" = u."id" ORDER BY m."createdAt", m."marketId") AS "marketIds"`;

export interface ActorRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  uiLocale: string;
  disabledAt: Date | null;
  sessionVersion: number;
  marketIds: string[];
}

/** The Actor of a user row, or null when the user is disabled or the session version is stale. */
export function actorFromRow(row: ActorRow, sessionVersion?: number): Actor | null {
  if (row.disabledAt) return null;
  if (sessionVersion !== undefined && row.sessionVersion !== sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, uiLocale: row.uiLocale, marketIds: row.marketIds };
}

export async function loadActor(userId: string, sessionVersion?: number): Promise<Actor | null> {
  const [row] = await queryRows<ActorRow>(Prisma.sql`SELECT ${actorColumns} FROM "User" u WHERE u."id" = ${userId}`);
  return row ? actorFromRow(row, sessionVersion) : null;
}
