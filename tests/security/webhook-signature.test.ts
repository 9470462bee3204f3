// Deliveries are signed in the Standard Webhooks format (webhook-id, webhook-timestamp,
// webhook-signature = "v1,<base64 HMAC-SHA256 of id.timestamp.body>", keyed with the base64 part of
// the whsec_ secret), so receivers can refuse replays; the older X-Meridian-Signature stays.
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { generateWebhookSecret } from "@/lib/exchange/webhooks/generate-webhook-secret";
import { deliverDueWebhooks } from "@/lib/jobs/webhooks/deliver-due-webhooks";
import { verifyStandardWebhook, verifyWebhookSignature } from "@/lib/jobs/webhooks/sign-webhook";
import { setupTestDatabase } from "@/lib/testing/test-database";

setupTestDatabase();

const received: Array<{ headers: IncomingMessage["headers"]; body: string }> = [];
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("webhook signatures", () => {
  it("new secrets are whsec_ + standard base64 of 24 random bytes", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(24);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it("signs id, timestamp and body the Standard Webhooks way, and keeps the old header", async () => {
    const db = await getDb();
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const hook = await db.webhook.create({ data: { url, secret, events: ["variant.approved"] } });
    const delivery = await db.webhookDelivery.create({
      data: { webhookId: hook.id, event: "variant.approved", payload: { event: "variant.approved", occurredAt: "2026-12-01T00:00:00.000Z", data: { variantId: "v1" } } },
    });
    const now = new Date();
    await deliverDueWebhooks({ allowPrivate: true, now });
    expect(received).toHaveLength(1);
    const { headers, body } = received[0]!;
    const id = headers["webhook-id"] as string;
    const timestamp = headers["webhook-timestamp"] as string;
    expect(id).toBe(delivery.id);
    expect(timestamp).toBe(String(Math.floor(now.getTime() / 1000)));
    // Computed here from the specification, independently of the signing code.
    const expected = createHmac("sha256", Buffer.from(secret.slice("whsec_".length), "base64")).update(`${id}.${timestamp}.${body}`).digest("base64");
    expect(headers["webhook-signature"]).toBe(`v1,${expected}`);
    expect(verifyStandardWebhook(secret, id, timestamp, body, headers["webhook-signature"] as string)).toBe(true);
    // A replay with a fresh timestamp, or another body, does not verify.
    expect(verifyStandardWebhook(secret, id, String(Number(timestamp) + 600), body, headers["webhook-signature"] as string)).toBe(false);
    expect(verifyStandardWebhook(secret, id, timestamp, body.replace("v1", "v2"), headers["webhook-signature"] as string)).toBe(false);
    expect(verifyStandardWebhook(secret, id, timestamp, body, `v1,AAAA v1,${expected}`)).toBe(true);
    // The header of earlier releases, for receivers not yet moved over.
    expect(verifyWebhookSignature(secret, body, headers["x-meridian-signature"] as string)).toBe(true);
    expect(headers["x-meridian-delivery"]).toBe(delivery.id);
    expect(JSON.parse(body)).toEqual({ id: delivery.id, event: "variant.approved", occurredAt: "2026-12-01T00:00:00.000Z", data: { variantId: "v1" } });
  });
});
