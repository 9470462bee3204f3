// Keeps the outbox tables small: dispatched events and finished jobs older than the retention
// are deleted (a daily scheduled job). Pending and failing rows are never touched.
import type { Db } from "@/lib/db";

export const RETENTION_DAYS = 30;

export async function pruneFinishedWork(db: Db, now = new Date()): Promise<{ events: number; jobs: number }> {
  const before = new Date(now.getTime() - RETENTION_DAYS * 24 * 3600_000);
  const events = await db.domainEvent.deleteMany({ where: { processedAt: { lt: before } } });
  const jobs = await db.job.deleteMany({ where: { status: { in: ["done", "failed", "cancelled"] }, finishedAt: { lt: before } } });
  return { events: events.count, jobs: jobs.count };
}
