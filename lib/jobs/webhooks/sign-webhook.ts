// Webhook signatures: HMAC-SHA256 of the raw request body with the webhook's secret, sent as
// `X-Meridian-Signature: sha256=<hex>`. Receivers recompute it over the exact bytes they got
// and compare in constant time (verifyWebhookSignature shows how).
import { createHmac, timingSafeEqual } from "node:crypto";

export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

export function verifyWebhookSignature(secret: string, body: string, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
