// Marks the actor's notifications read: the given ids, or all of them.
import { z } from "zod";
import { defineOperation } from "@/lib/operations/define-operation";

export const markReadSchema = z.object({ ids: z.array(z.string().min(1).max(64)).max(500).optional(), all: z.boolean().optional() });

export const markNotificationsRead = defineOperation({
  name: "notification.mark_read",
  input: markReadSchema,
  // No authorize: anyone signed in marks their own notifications (the userId filter below).
  run: async ({ actor, input: data, tx }): Promise<{ count: number }> => {
    if (!data.all && !data.ids?.length) return { count: 0 };
    const result = await tx.notification.updateMany({
      // userId in the filter: an id of someone else's notification changes nothing.
      where: { userId: actor.id, readAt: null, ...(data.all ? {} : { id: { in: data.ids } }) },
      data: { readAt: new Date() },
    });
    return { count: result.count };
  },
});
