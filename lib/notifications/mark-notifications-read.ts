// Marks the actor's notifications read: the given ids, or all of them.
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";

export const markReadSchema = z.object({ ids: z.array(z.string().min(1).max(64)).max(500).optional(), all: z.boolean().optional() });

export async function markNotificationsRead(actor: Actor, input: unknown): Promise<{ count: number }> {
  const data = markReadSchema.parse(input);
  if (!data.all && !data.ids?.length) return { count: 0 };
  const db = await getDb();
  const result = await db.notification.updateMany({
    // userId in the filter: an id of someone else's notification changes nothing.
    where: { userId: actor.id, readAt: null, ...(data.all ? {} : { id: { in: data.ids } }) },
    data: { readAt: new Date() },
  });
  return { count: result.count };
}
