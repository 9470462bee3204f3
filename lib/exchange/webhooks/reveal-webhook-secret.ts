// The signing secret of a webhook, for admins who lost it.
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { webhookIdSchema } from "../exchange.schemas";

export const revealWebhookSecret = defineOperation({
  name: "webhook.revealSecret",
  input: webhookIdSchema,
  authorize: canManageWebhooks,
  transaction: false,
  run: async ({ input: { id }, tx }): Promise<{ secret: string }> => {
    const hook = await tx.webhook.findUnique({ where: { id }, select: { secret: true } });
    if (!hook) throw notFound();
    return hook;
  },
});
