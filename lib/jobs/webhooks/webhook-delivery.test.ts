// Webhook worker against a local receiver: signed deliveries, attempt log, exponential backoff,
// "dead" after a day, stale locks reclaimed; and the outbox enqueue adds no network wait.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { retryDelayMs } from "@/lib/jobs/backoff";
import { deliverDueWebhooks } from "./deliver-due-webhooks";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";
import { verifyWebhookSignature } from "./sign-webhook";

// The receiver listens on 127.0.0.1: a private address, refused unless allowed (README, env).
process.env.WEBHOOK_ALLOW_PRIVATE = "true";

setupTestDatabase();

const received: Array<{ headers: IncomingMessage["headers"]; body: string }> = [];
let status = 200;
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 200 ? "thanks" : "x".repeat(5000));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("webhook delivery", () => {
  it("delivers signed events exactly once and logs the attempt", async () => {
    const db = await getDb();
    const hook = await db.webhook.create({ data: { url, secret: "s3cret", events: ["variant.approved"] } });
    await db.webhook.create({ data: { url, secret: "other", events: ["campaign.published"] } });
    const started = performance.now();
    await db.$transaction((tx) => enqueueWebhookEvent(tx, "variant.approved", { variantId: "v1", market: "DE" }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(received).toHaveLength(0); // nothing is sent in the user's transaction

    const summary = await deliverDueWebhooks({ workerId: "w1" });
    expect(summary).toMatchObject({ claimed: 1, delivered: 1 });
    expect(received).toHaveLength(1);
    const { headers, body } = received[0]!;
    expect(headers["x-meridian-event"]).toBe("variant.approved");
    expect(verifyWebhookSignature("s3cret", body, headers["x-meridian-signature"] as string)).toBe(true);
    expect(verifyWebhookSignature("wrong", body, headers["x-meridian-signature"] as string)).toBe(false);
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({ id: headers["x-meridian-delivery"], event: "variant.approved", data: { variantId: "v1" } });
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: hook.id }, include: { attemptLog: true } });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lockedBy: null });
    expect(delivery.attemptLog).toMatchObject([{ statusCode: 200, response: "thanks", worker: "w1", error: null }]);
    expect((await deliverDueWebhooks()).claimed).toBe(0);
  });

  it("retries failures with exponential backoff and gives up after a day", async () => {
    const db = await getDb();
    status = 500;
    received.length = 0;
    const created = new Date("2030-01-01T00:00:00Z");
    const hook = await db.webhook.create({ data: { url, secret: "k", events: ["variant.published"] } });
    const delivery = await db.webhookDelivery.create({
      data: { webhookId: hook.id, event: "variant.published", payload: { event: "variant.published", data: {} }, createdAt: created, nextAttemptAt: created },
    });
    let now = created;
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const summary = await deliverDueWebhooks({ now });
      expect(summary.claimed).toBe(1);
      const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      if (row.status === "dead") break;
      expect(row.status).toBe("pending");
      waits.push(row.nextAttemptAt.getTime() - now.getTime());
      // Not due yet: nothing is claimed a moment before the next attempt.
      expect((await deliverDueWebhooks({ now: new Date(row.nextAttemptAt.getTime() - 1000) })).claimed).toBe(0);
      now = row.nextAttemptAt;
    }
    const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, include: { attemptLog: true } });
    expect(row.status).toBe("dead");
    expect(waits.slice(0, 4)).toEqual([retryDelayMs(1), retryDelayMs(2), retryDelayMs(3), retryDelayMs(4)]);
    expect(waits[1]).toBe(2 * waits[0]!);
    expect(now.getTime() - created.getTime()).toBeLessThanOrEqual(24 * 3600_000);
    expect(row.attemptLog.length).toBe(row.attempts);
    expect(row.attemptLog[0]).toMatchObject({ statusCode: 500, error: "HTTP 500" });
    expect(row.attemptLog[0]!.response!.length).toBe(2000);
    status = 200;
  });

  it("reclaims a stale lock and records an unreachable receiver as an error", async () => {
    const db = await getDb();
    const hook = await db.webhook.create({ data: { url: "http://127.0.0.1:1/none", secret: "k", events: ["variant.outdated"] } });
    const now = new Date();
    const d = await db.webhookDelivery.create({
      data: { webhookId: hook.id, event: "variant.outdated", payload: { data: {} }, nextAttemptAt: new Date(now.getTime() - 120_000), lockedBy: "dead-worker", lockedAt: new Date(now.getTime() - 60_000) },
    });
    expect((await deliverDueWebhooks({ now, staleAfterMs: 5 * 60_000 })).claimed).toBe(0);
    const summary = await deliverDueWebhooks({ now, staleAfterMs: 30_000 });
    expect(summary).toMatchObject({ claimed: 1, failed: 1 });
    const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id }, include: { attemptLog: true } });
    expect(row.attemptLog[0]).toMatchObject({ statusCode: null });
    expect(row.attemptLog[0]!.error).toBeTruthy();
  });
});
