// Turns a session (user id + session version) or a token owner into an Actor, or null when the
// user is gone, disabled, or the session was revoked by a bumped sessionVersion.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";

export async function loadActor(userId: string, sessionVersion?: number): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      uiLocale: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: { select: { marketId: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    uiLocale: user.uiLocale,
    marketIds: user.memberships.map((m) => m.marketId),
  };
}
