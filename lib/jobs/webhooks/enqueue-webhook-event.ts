// Writes one delivery per subscribed webhook, in the transaction that marks the domain event
// dispatched (lib/jobs/events/dispatch-events.ts): the deliveries exist exactly once per event,
// and the delivery worker sends them later, so nothing is lost if the process stops.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEvent } from "@/lib/exchange/webhooks/webhook-events";

export async function enqueueWebhookEvent(
  tx: Db,
  event: WebhookEvent,
  data: Record<string, unknown>,
  occurredAt = new Date(),
): Promise<number> {
  const hooks = await tx.webhook.findMany({
    where: { active: true, events: { has: event } },
    select: { id: true },
  });
  if (hooks.length === 0) return 0;
  const payload = { event, occurredAt: occurredAt.toISOString(), data } as Prisma.InputJsonValue;
  await tx.webhookDelivery.createMany({
    data: hooks.map((h) => ({ webhookId: h.id, event, payload })),
  });
  return hooks.length;
}
