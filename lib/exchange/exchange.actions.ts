"use server";
// Server actions for exchange: webhook administration and the variant XLIFF upload.
import { memberAction } from "@/lib/actions/action-client";
import { importVariantXliff } from "./import-variant-xliff";
import {
  createWebhookSchema,
  deliveryIdSchema,
  importVariantXliffActionSchema,
  updateWebhookSchema,
  webhookIdSchema,
} from "./exchange.schemas";
import { createWebhook } from "./webhooks/create-webhook";
import { deleteWebhook } from "./webhooks/delete-webhook";
import { replayWebhookDelivery } from "./webhooks/replay-webhook-delivery";
import { revealWebhookSecret } from "./webhooks/reveal-webhook-secret";
import { sendTestWebhook } from "./webhooks/send-test-webhook";
import { updateWebhook } from "./webhooks/update-webhook";

const WEBHOOKS = ["/admin/webhooks"];

export const createWebhookAction = memberAction("exchange.createWebhook", createWebhookSchema, (input, actor) => createWebhook(actor, input), { revalidate: WEBHOOKS });
export const updateWebhookAction = memberAction("exchange.updateWebhook", updateWebhookSchema, (input, actor) => updateWebhook(actor, input), { revalidate: WEBHOOKS });
export const deleteWebhookAction = memberAction("exchange.deleteWebhook", webhookIdSchema, (input, actor) => deleteWebhook(actor, input), { revalidate: WEBHOOKS });
export const revealWebhookSecretAction = memberAction("exchange.revealWebhookSecret", webhookIdSchema, (input, actor) => revealWebhookSecret(actor, input));
export const replayWebhookDeliveryAction = memberAction("exchange.replayWebhookDelivery", deliveryIdSchema, (input, actor) => replayWebhookDelivery(actor, input), { revalidate: WEBHOOKS });
export const sendTestWebhookAction = memberAction("exchange.sendTestWebhook", webhookIdSchema, (input, actor) => sendTestWebhook(actor, input), { revalidate: WEBHOOKS });

export const importVariantXliffAction = memberAction(
  "exchange.importVariantXliff",
  importVariantXliffActionSchema,
  async (input, actor) => {
    importVariantXliff.authorize(actor);
    await importVariantXliff.authorizeVariant(actor, input.variantId);
    return importVariantXliff(actor, { variantId: input.variantId, file: Buffer.from(input.fileBase64, "base64") });
  },
  { revalidate: ["/variants"] },
);
