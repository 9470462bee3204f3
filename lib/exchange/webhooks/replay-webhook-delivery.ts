// Hand-made deliveries: replaying one (a new delivery with the same payload, sent by the worker)
// and a test event for checking a receiver.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";
import { deliveryIdSchema, webhookIdSchema } from "../exchange.schemas";

export const TEST_EVENT = "webhook.test";

export async function replayWebhookDelivery(actor: Actor, input: unknown) {
  requireAllowed(canManageWebhooks(actor));
  const { deliveryId } = deliveryIdSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
    const original = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { webhookId: true, event: true, payload: true } });
    if (!original) throw notFound();
    const replay = await tx.webhookDelivery.create({
      data: { webhookId: original.webhookId, event: original.event, payload: original.payload as Prisma.InputJsonValue },
      select: { id: true, status: true },
    });
    await recordAudit({ actor, action: "webhook.replay", entityType: "webhook", entityId: original.webhookId, meta: { deliveryId, replayId: replay.id } }, tx);
    return replay;
  });
}

export async function sendTestWebhook(actor: Actor, input: unknown) {
  requireAllowed(canManageWebhooks(actor));
  const { id } = webhookIdSchema.parse(input);
  const db = await getDb();
  const hook = await db.webhook.findUnique({ where: { id }, select: { id: true } });
  if (!hook) throw notFound();
  const payload = { event: TEST_EVENT, occurredAt: new Date().toISOString(), data: { message: "Test event from Meridian", sentBy: actor.email } };
  return db.webhookDelivery.create({ data: { webhookId: id, event: TEST_EVENT, payload }, select: { id: true, status: true } });
}
