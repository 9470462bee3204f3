// Replays one delivery: a new delivery with the same payload, sent by the worker.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { deliveryIdSchema } from "../exchange.schemas";

export const replayWebhookDelivery = defineOperation({
  name: "webhook.replay",
  input: deliveryIdSchema,
  authorize: canManageWebhooks,
  run: async ({ actor, input: { deliveryId }, tx }) => {
    const original = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { webhookId: true, event: true, payload: true } });
    if (!original) throw notFound();
    const replay = await tx.webhookDelivery.create({
      data: { webhookId: original.webhookId, event: original.event, payload: original.payload as Prisma.InputJsonValue },
      select: { id: true, status: true },
    });
    await recordAudit({ actor, action: "webhook.replay", entityType: "webhook", entityId: original.webhookId, meta: { deliveryId, replayId: replay.id } }, tx);
    return replay;
  },
});
