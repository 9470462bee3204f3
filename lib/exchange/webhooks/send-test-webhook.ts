// A test event for checking a receiver: queued as a delivery, sent by the worker.
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { webhookIdSchema } from "../exchange.schemas";

export const TEST_EVENT = "webhook.test";

export const sendTestWebhook = defineOperation({
  name: "webhook.test",
  input: webhookIdSchema,
  authorize: canManageWebhooks,
  run: async ({ actor, input: { id }, tx }) => {
    const hook = await tx.webhook.findUnique({ where: { id }, select: { id: true } });
    if (!hook) throw notFound();
    const payload = { event: TEST_EVENT, occurredAt: new Date().toISOString(), data: { message: "Test event from Meridian", sentBy: actor.email } };
    return tx.webhookDelivery.create({ data: { webhookId: id, event: TEST_EVENT, payload }, select: { id: true, status: true } });
  },
});
