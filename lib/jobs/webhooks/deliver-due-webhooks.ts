// The webhook worker: claims due deliveries (claim-due-rows, SKIP LOCKED), sends each one
// outside any transaction — signed, with a timeout, to public addresses only (send-webhook.ts) —
// and records the attempt. Success marks the
// delivery delivered; failure schedules a retry with exponential backoff, or "dead" after a day.
// Results are recorded only while this worker still holds the lock, so a reclaimed stale row is
// never recorded twice.
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { nextAttemptAt } from "@/lib/jobs/backoff";
import { claimDueRows } from "@/lib/jobs/claim-due-rows";
import { sendWebhookRequest } from "./send-webhook";
import { signStandardWebhook, signWebhookBody } from "./sign-webhook";

export interface DeliverOptions {
  workerId?: string;
  limit?: number;
  now?: Date;
  staleAfterMs?: number;
  timeoutMs?: number;
  db?: Db;
  /** Defaults to WEBHOOK_ALLOW_PRIVATE. */
  allowPrivate?: boolean;
}

export interface DeliverySummary {
  claimed: number;
  delivered: number;
  failed: number;
  dead: number;
}

export function webhookBody(delivery: { id: string; event: string; payload: unknown }): string {
  return JSON.stringify({ id: delivery.id, ...(delivery.payload as Record<string, unknown>) });
}

function webhookHeaders(secret: string, delivery: { id: string; event: string }, body: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    "Content-Type": "application/json",
    "User-Agent": "Meridian-Webhooks/1",
    // Standard Webhooks (standardwebhooks.com): id, timestamp and body under the HMAC, so a
    // receiver can refuse replays and stale requests.
    "webhook-id": delivery.id,
    "webhook-timestamp": timestamp,
    "webhook-signature": signStandardWebhook(secret, delivery.id, timestamp, body),
    // The headers of earlier releases, kept for one release while receivers move over.
    "X-Meridian-Event": delivery.event,
    "X-Meridian-Delivery": delivery.id,
    "X-Meridian-Timestamp": timestamp,
    "X-Meridian-Signature": signWebhookBody(secret, body),
  };
}

export async function deliverDueWebhooks(options: DeliverOptions = {}): Promise<DeliverySummary> {
  const db = options.db ?? (await getDb());
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const now = options.now ?? new Date();
  const ids = await claimDueRows(db, "WebhookDelivery", {
    workerId,
    limit: options.limit ?? 20,
    now,
    staleAfterMs: options.staleAfterMs ?? 5 * 60_000,
  });
  const summary: DeliverySummary = { claimed: ids.length, delivered: 0, failed: 0, dead: 0 };
  if (ids.length === 0) return summary;
  const deliveries = await db.webhookDelivery.findMany({
    where: { id: { in: ids } },
    select: { id: true, event: true, payload: true, attempts: true, createdAt: true, webhook: { select: { url: true, secret: true, active: true } } },
  });
  await Promise.all(
    deliveries.map(async (d) => {
      if (!d.webhook.active) {
        await db.webhookDelivery.updateMany({ where: { id: d.id, lockedBy: workerId }, data: { status: "cancelled", lockedBy: null, lockedAt: null } });
        return;
      }
      const body = webhookBody(d);
      const result = await sendWebhookRequest(d.webhook.url, webhookHeaders(d.webhook.secret, d, body, now), body, {
        timeoutMs: options.timeoutMs ?? 10_000,
        allowPrivate: options.allowPrivate ?? env().WEBHOOK_ALLOW_PRIVATE,
      });
      const next = result.ok ? null : nextAttemptAt(d.createdAt, d.attempts, now);
      const status = result.ok ? "delivered" : next ? "pending" : "dead";
      const recorded = await db.webhookDelivery.updateMany({
        where: { id: d.id, lockedBy: workerId },
        data: {
          status,
          lockedBy: null,
          lockedAt: null,
          ...(result.ok ? { deliveredAt: new Date() } : {}),
          ...(next ? { nextAttemptAt: next } : {}),
        },
      });
      if (recorded.count === 0) return;
      await db.webhookAttempt.create({
        data: { deliveryId: d.id, statusCode: result.statusCode, durationMs: result.durationMs, error: result.error, response: result.response, worker: workerId },
      });
      if (status === "delivered") summary.delivered++;
      else if (status === "dead") summary.dead++;
      else summary.failed++;
    }),
  );
  return summary;
}
