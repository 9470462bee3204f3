// The actor's own notifications (newest first) and unread count. Nobody reads another's.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";

export async function findNotifications(actor: Actor, options: { unreadOnly?: boolean; take?: number } = {}) {
  const db = await getDb();
  return db.notification.findMany({
    where: { userId: actor.id, ...(options.unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 50, 200),
    select: { id: true, kind: true, data: true, link: true, readAt: true, createdAt: true },
  });
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
