// Webhook signatures. Standard Webhooks (standardwebhooks.com): `webhook-signature: v1,<base64
// HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64 part of the
// `whsec_…` secret, so any Standard Webhooks library verifies it and refuses replays. The older
// `X-Meridian-Signature: sha256=<hex HMAC of the body, keyed with the whole secret>` is still sent
// for one release. Receivers recompute over the exact bytes they got and compare in constant time.
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

/** The HMAC key of a `whsec_<base64>` secret (Node reads both base64 alphabets). */
function standardKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret, "base64");
}

export function signStandardWebhook(secret: string, id: string, timestamp: string, body: string): string {
  return `v1,${createHmac("sha256", standardKey(secret)).update(`${id}.${timestamp}.${body}`, "utf8").digest("base64")}`;
}

/** Verifies a `webhook-signature` header (space-separated `v1,<sig>` entries) as a receiver would. */
export function verifyStandardWebhook(secret: string, id: string, timestamp: string, body: string, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signStandardWebhook(secret, id, timestamp, body));
  return header.split(" ").some((entry) => {
    const given = Buffer.from(entry);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
