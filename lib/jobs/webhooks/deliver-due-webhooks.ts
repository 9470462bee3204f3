// The webhook worker: claims due deliveries (claim-due-rows, SKIP LOCKED), sends each one
// outside any transaction — signed, with a timeout — and records the attempt. Success marks the
// delivery delivered; failure schedules a retry with exponential backoff, or "dead" after a day.
// Results are recorded only while this worker still holds the lock, so a reclaimed stale row is
// never recorded twice.
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "@/lib/db";
import { nextAttemptAt } from "@/lib/jobs/backoff";
import { claimDueRows } from "@/lib/jobs/claim-due-rows";
import { signWebhookBody } from "./sign-webhook";

export interface DeliverOptions {
  workerId?: string;
  limit?: number;
  now?: Date;
  staleAfterMs?: number;
  timeoutMs?: number;
  db?: Db;
}

export interface DeliverySummary {
  claimed: number;
  delivered: number;
  failed: number;
  dead: number;
}

const RESPONSE_LIMIT = 2000;

export function webhookBody(delivery: { id: string; event: string; payload: unknown }): string {
  return JSON.stringify({ id: delivery.id, ...(delivery.payload as Record<string, unknown>) });
}

async function send(url: string, secret: string, delivery: { id: string; event: string; payload: unknown }, timeoutMs: number, now: Date) {
  const body = webhookBody(delivery);
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Meridian-Webhooks/1",
        "X-Meridian-Event": delivery.event,
        "X-Meridian-Delivery": delivery.id,
        "X-Meridian-Timestamp": String(Math.floor(now.getTime() / 1000)),
        "X-Meridian-Signature": signWebhookBody(secret, body),
      },
      body,
    });
    const text = (await res.text().catch(() => "")).slice(0, RESPONSE_LIMIT);
    const ok = res.status >= 200 && res.status < 300;
    return { ok, statusCode: res.status, response: text, error: ok ? null : `HTTP ${res.status}`, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const message = e.name === "TimeoutError" ? `Timed out after ${timeoutMs} ms` : `${e.message}${e.cause?.code ? ` (${e.cause.code})` : ""}`;
    return { ok: false, statusCode: null, response: null, error: message.slice(0, 500), durationMs: Math.round(performance.now() - started) };
  }
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
      const result = await send(d.webhook.url, d.webhook.secret, d, options.timeoutMs ?? 10_000, now);
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
