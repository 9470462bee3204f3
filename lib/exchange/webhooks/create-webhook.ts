// Admins register a webhook: URL and events; the signing secret is generated here and returned
// once (it stays revealable to admins on the webhooks page).
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { createWebhookSchema } from "../exchange.schemas";
import { generateWebhookSecret } from "./sign-webhook";

export const createWebhook = defineOperation({
  name: "webhook.create",
  input: createWebhookSchema,
  authorize: canManageWebhooks,
  run: async ({ actor, input: data, tx }) => {
    const hook = await tx.webhook.create({
      data: { url: data.url, events: [...new Set(data.events)], active: data.active, secret: generateWebhookSecret(), createdById: actor.id },
      select: { id: true, url: true, events: true, active: true, secret: true },
    });
    await recordAudit({ actor, action: "webhook.create", entityType: "webhook", entityId: hook.id, after: { url: hook.url, events: hook.events } }, tx);
    return hook;
  },
});
