// Writes one delivery per subscribed webhook in the caller's transaction (transactional outbox):
// the event and its deliveries commit together, and the delivery worker sends them later, so the
// user's action never waits for a receiver and nothing is lost if the process stops.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEvent } from "./webhook-events";

export async function enqueueWebhookEvent(
  tx: Db,
  event: WebhookEvent,
  data: Record<string, unknown>,
): Promise<number> {
  const hooks = await tx.webhook.findMany({
    where: { active: true, events: { has: event } },
    select: { id: true },
  });
  if (hooks.length === 0) return 0;
  const payload = { event, occurredAt: new Date().toISOString(), data } as Prisma.InputJsonValue;
  await tx.webhookDelivery.createMany({
    data: hooks.map((h) => ({ webhookId: h.id, event, payload })),
  });
  return hooks.length;
}
