import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";

export async function findApiTokens(actor: Actor) {
  const db = await getDb();
  return db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      readOnly: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
}
