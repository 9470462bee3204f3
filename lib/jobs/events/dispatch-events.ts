// Dispatches recorded domain events to the subscribers, one event per transaction: the event is
// claimed with `FOR UPDATE SKIP LOCKED` (another process skips it), every subscriber writes, and
// the event is marked processed — all committed together, so each subscriber's rows exist exactly
// once. A failing subscriber rolls the whole event back; it is retried later with backoff
// (30 s, 60 s, … capped at 2 h), its error kept in lastError.
import { getDb } from "@/lib/db";
import type { RecordedEvent } from "@/lib/events/event-types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { retryDelayMs } from "../backoff";
import { SUBSCRIBERS, type Subscriber } from "./subscribers";

export interface DispatchOptions {
  db?: PrismaClient;
  limit?: number;
  now?: Date;
  subscribers?: readonly Subscriber[];
}

export interface DispatchSummary {
  claimed: number;
  processed: number;
  failed: number;
}

type EventRow = { id: string; type: string; payload: unknown; occurredAt: Date };

export async function dispatchDueEvents(options: DispatchOptions = {}): Promise<DispatchSummary> {
  const db = options.db ?? (await getDb());
  const subscribers = options.subscribers ?? SUBSCRIBERS;
  const summary: DispatchSummary = { claimed: 0, processed: 0, failed: 0 };
  const now = () => options.now ?? new Date();
  // The loop polls every second: a cheap indexed look first, a transaction only when there is work.
  const due = await db.domainEvent.findFirst({ where: { processedAt: null, availableAt: { lte: now() } }, select: { id: true } });
  if (!due) return summary;
  for (let i = 0; i < (options.limit ?? 50); i++) {
    let claimed: EventRow | null = null;
    try {
      const event = await db.$transaction(
        async (tx) => {
          const rows = await tx.$queryRaw<EventRow[]>`
            SELECT "id", "type", "payload", "occurredAt" FROM "DomainEvent"
            WHERE "processedAt" IS NULL AND "availableAt" <= ${now()}
            ORDER BY "availableAt", "occurredAt", "id"
            LIMIT 1
            FOR UPDATE SKIP LOCKED`;
          claimed = rows[0] ?? null;
          if (!claimed) return null;
          for (const subscriber of subscribers) await subscriber.handle(tx, claimed as RecordedEvent);
          await tx.domainEvent.update({ where: { id: claimed.id }, data: { processedAt: new Date(), attempts: { increment: 1 }, lastError: null } });
          return claimed;
        },
        { timeout: 30_000, maxWait: 10_000 },
      );
      if (!event) break;
      summary.claimed++;
      summary.processed++;
    } catch (error) {
      const failed = claimed as EventRow | null;
      if (!failed) throw error;
      summary.claimed++;
      summary.failed++;
      await recordFailure(db, failed.id, error, now());
    }
  }
  return summary;
}

async function recordFailure(db: PrismaClient, id: string, error: unknown, now: Date): Promise<void> {
  const row = await db.domainEvent.findUnique({ where: { id }, select: { attempts: true } });
  if (!row) return;
  const attempts = row.attempts + 1;
  await db.domainEvent.update({
    where: { id },
    data: { attempts, lastError: String((error as Error)?.message ?? error).slice(0, 1000), availableAt: new Date(now.getTime() + retryDelayMs(attempts)) },
  });
}
