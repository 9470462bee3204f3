// Admins delete a webhook; its deliveries go with it.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { webhookIdSchema } from "../exchange.schemas";

export const deleteWebhook = defineOperation({
  name: "webhook.delete",
  input: webhookIdSchema,
  authorize: canManageWebhooks,
  run: async ({ actor, input: { id }, tx }): Promise<{ id: string }> => {
    const before = await tx.webhook.findUnique({ where: { id }, select: { url: true, events: true } });
    if (!before) throw notFound();
    await tx.webhook.delete({ where: { id } });
    await recordAudit({ actor, action: "webhook.delete", entityType: "webhook", entityId: id, before }, tx);
    return { id };
  },
});
