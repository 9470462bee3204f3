// The JSON body of each webhook event as receivers get it (lib/jobs/webhooks/webhook-subscriber.ts
// builds `data`, deliver-due-webhooks.ts wraps it): documented in the OpenAPI `webhooks` section,
// and a test validates real deliveries against that document.
import { z } from "zod";
import { VARIANT_STATES } from "@/lib/core/workflow/variant-state-machine";
import type { WebhookEvent } from "./webhook-events";

const dateTime = z.iso.datetime({ offset: true });
const variantState = z.enum(VARIANT_STATES);

const variantStateData = (state: "in_review" | "approved" | "published") =>
  z.object({ variantId: z.string(), campaignId: z.string(), market: z.string().describe("Market code"), locale: z.string(), state: z.literal(state), version: z.number().int() });

export const WEBHOOK_DATA_SCHEMAS = {
  "campaign.published": z.object({
    campaignId: z.string(),
    name: z.string(),
    publishedAt: dateTime,
    variants: z.array(z.object({ id: z.string(), market: z.string(), locale: z.string() })),
  }),
  "variant.submitted": variantStateData("in_review"),
  "variant.approved": variantStateData("approved"),
  "variant.published": variantStateData("published"),
  "variant.outdated": z.object({
    variantId: z.string(),
    campaignId: z.string(),
    market: z.string(),
    locale: z.string(),
    blockId: z.string().describe("The source block whose text changed"),
    blockKey: z.string(),
    sourceVersion: z.number().int().describe("The block's new source version"),
    previousState: variantState,
    state: variantState,
  }),
} satisfies Record<WebhookEvent, z.ZodType>;

export const WEBHOOK_SUMMARIES: Record<WebhookEvent, string> = {
  "campaign.published": "A campaign was published to its markets",
  "variant.submitted": "A variant was submitted for review",
  "variant.approved": "A variant was approved",
  "variant.published": "A variant was published",
  "variant.outdated": "A source block changed: the variant's translation of it is outdated",
};

/** The whole body: the delivery id (also the `webhook-id` header), the event, when it happened, its data. */
export function webhookBodySchema<E extends WebhookEvent>(event: E) {
  return z.object({
    id: z.string().describe("The delivery id, the same as the webhook-id header; the same on retries"),
    event: z.literal(event),
    occurredAt: dateTime,
    data: WEBHOOK_DATA_SCHEMAS[event],
  });
}
