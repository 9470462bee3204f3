// The `webhooks` section of the OpenAPI document: one POST per event that Meridian sends to a
// subscribed URL, with the body schema and the signature headers (lib/jobs/webhooks/sign-webhook.ts,
// deliver-due-webhooks.ts).
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/exchange/webhooks/webhook-events";
import { WEBHOOK_SUMMARIES, webhookBodySchema } from "@/lib/exchange/webhooks/webhook-payload.schemas";

type Json = Record<string, unknown>;

const SIGNATURE_SCHEME = [
  "Every delivery is signed per Standard Webhooks (https://www.standardwebhooks.com), so any of its libraries verifies it:",
  "`webhook-signature: v1,<base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<raw body>\">`, keyed with the base64-decoded part of the webhook's `whsec_…` secret",
  "(the bytes after `whsec_`). Recompute over the exact bytes received, compare in constant time, and refuse timestamps more than a few minutes old and ids already seen (a retry keeps its id).",
  "For one release the earlier headers are sent too: `X-Meridian-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the whole secret string>`, `X-Meridian-Event`, `X-Meridian-Delivery`, `X-Meridian-Timestamp`.",
  "Answer any 2xx to acknowledge; anything else (or no answer within the timeout) is retried with exponential backoff for a day.",
].join(" ");

const header = (name: string, description: string, example: string, required = true): Json => ({
  name,
  in: "header",
  required,
  description,
  schema: { type: "string" },
  example,
});

const HEADERS: Json[] = [
  header("webhook-id", "The delivery id (the body's `id`); the same on every retry of this delivery", "cmf0delivery000000000000"),
  header("webhook-timestamp", "Unix seconds when this attempt was signed", "1767225600"),
  header("webhook-signature", "`v1,<base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<body>\">` keyed with the base64 part of the whsec_ secret", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="),
  header("X-Meridian-Signature", "Legacy (one release): `sha256=<hex HMAC-SHA256 of the body keyed with the whole secret>`", "sha256=3f1c…", false),
  header("X-Meridian-Event", "Legacy: the event name", "variant.approved", false),
  header("X-Meridian-Delivery", "Legacy: the delivery id", "cmf0delivery000000000000", false),
  header("X-Meridian-Timestamp", "Legacy: Unix seconds", "1767225600", false),
];

const componentName = (event: string) => `Webhook${event.replace(/(^|[._])(\w)/g, (_, __, c: string) => c.toUpperCase())}`;

export function webhookComponents(): Json {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => {
      const schema = z.toJSONSchema(webhookBodySchema(event), { io: "output", target: "draft-2020-12" }) as Json;
      delete schema.$schema;
      return [componentName(event), schema];
    }),
  );
}

export function webhookOperations(): Json {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => [
      event,
      {
        post: {
          tags: ["Webhooks"],
          summary: WEBHOOK_SUMMARIES[event],
          description: SIGNATURE_SCHEME,
          operationId: `webhook${componentName(event).slice("Webhook".length)}`,
          parameters: HEADERS,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${componentName(event)}` } } } },
          responses: { "2XX": { description: "Received; any other answer is retried" } },
        },
      },
    ]),
  );
}
