// Admins change a webhook's URL, events or active flag.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { updateWebhookSchema } from "../exchange.schemas";
import { checkWebhookTarget } from "./check-webhook-target";

export const updateWebhook = defineOperation({
  name: "webhook.update",
  input: updateWebhookSchema,
  authorize: canManageWebhooks,
  run: async ({ actor, input: { id, ...data }, tx }) => {
    if (data.url) checkWebhookTarget(data.url);
    const before = await tx.webhook.findUnique({ where: { id }, select: { url: true, events: true, active: true } });
    if (!before) throw notFound();
    const after = await tx.webhook.update({ where: { id }, data, select: { id: true, url: true, events: true, active: true } });
    await recordAudit({ actor, action: "webhook.update", entityType: "webhook", entityId: id, before, after }, tx);
    return after;
  },
});
