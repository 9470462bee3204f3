// The job worker: claims due jobs with `FOR UPDATE SKIP LOCKED` (several processes never run the
// same attempt), runs each handler outside any transaction, and records the outcome only while it
// still holds the lock. A failure is retried with backoff until maxAttempts, then "failed"; a lock
// older than staleAfterMs (a process that died mid-job) is claimable again.
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { retryDelayMs } from "./backoff";
import { JOB_HANDLERS, type JobHandlers } from "./job-handlers";

export interface RunJobsOptions {
  db?: Db;
  workerId?: string;
  limit?: number;
  now?: Date;
  staleAfterMs?: number;
  handlers?: JobHandlers;
}

export interface RunJobsSummary {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
}

type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

export async function claimDueJobs(db: Db, workerId: string, limit: number, now: Date, staleAfterMs: number): Promise<ClaimedJob[]> {
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET "status" = 'running', "lockedBy" = ${workerId}, "lockedAt" = ${now}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE ("status" = 'queued' AND "runAt" <= ${now})
         OR ("status" = 'running' AND "lockedAt" < ${new Date(now.getTime() - staleAfterMs)})
      ORDER BY "runAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "payload", "attempts", "maxAttempts"`;
}

export async function runDueJobs(options: RunJobsOptions = {}): Promise<RunJobsSummary> {
  const db = options.db ?? (await getDb());
  const handlers = options.handlers ?? JOB_HANDLERS;
  const workerId = options.workerId ?? `jobs-${process.pid}-${randomUUID().slice(0, 8)}`;
  const now = options.now ?? new Date();
  const jobs = await claimDueJobs(db, workerId, options.limit ?? 5, now, options.staleAfterMs ?? 15 * 60_000);
  const summary: RunJobsSummary = { claimed: jobs.length, done: 0, retried: 0, failed: 0 };
  const held = { id: "", lockedBy: workerId, status: "running" };
  for (const job of jobs) {
    const mine = { ...held, id: job.id };
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      const result = await handler({
        job: { id: job.id, kind: job.kind, payload: job.payload as Record<string, unknown>, attempt: job.attempts },
        db,
        reportProgress: async (done, total) => {
          const { count } = await db.job.updateMany({ where: mine, data: { progressDone: done, ...(total === undefined ? {} : { progressTotal: total }) } });
          return count === 1;
        },
      });
      const { count } = await db.job.updateMany({
        where: mine,
        data: { status: "done", result: (result ?? null) as Prisma.InputJsonValue, lockedBy: null, lockedAt: null, lastError: null, finishedAt: new Date() },
      });
      if (count === 1) summary.done++;
    } catch (error) {
      const lastError = String((error as Error)?.message ?? error).slice(0, 1000);
      const retry = job.attempts < job.maxAttempts;
      const { count } = await db.job.updateMany({
        where: mine,
        data: retry
          ? { status: "queued", lockedBy: null, lockedAt: null, lastError, runAt: new Date(now.getTime() + retryDelayMs(job.attempts)) }
          : { status: "failed", lockedBy: null, lockedAt: null, lastError, finishedAt: new Date() },
      });
      if (count === 1) summary[retry ? "retried" : "failed"]++;
    }
  }
  return summary;
}
