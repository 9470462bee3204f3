// Admins register a webhook: URL and events; the signing secret is generated here and returned
// once (it stays revealable to admins on the webhooks page).
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { createWebhookSchema } from "../exchange.schemas";
import { checkWebhookTarget } from "./check-webhook-target";
import { generateWebhookSecret } from "./generate-webhook-secret";

export const createWebhook = defineOperation({
  name: "webhook.create",
  input: createWebhookSchema,
  authorize: canManageWebhooks,
  run: async ({ actor, input: data, tx }) => {
    checkWebhookTarget(data.url);
    const hook = await tx.webhook.create({
      data: { url: data.url, events: [...new Set(data.events)], active: data.active, secret: generateWebhookSecret(), createdById: actor.id },
      select: { id: true, url: true, events: true, active: true, secret: true },
    });
    await recordAudit({ actor, action: "webhook.create", entityType: "webhook", entityId: hook.id, after: { url: hook.url, events: hook.events } }, tx);
    return hook;
  },
});
