// The Job mechanism: enqueue (idempotent with a dedupeKey), claim with SKIP LOCKED, progress,
// retry with backoff then failure, cancellation, and getJob as a later API will answer it.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { retryDelayMs } from "./backoff";
import { cancelJob } from "./cancel-job";
import { enqueueJob } from "./enqueue-job";
import { getJob } from "./get-job";
import type { JobHandlers } from "./job-handlers";
import { runDueJobs } from "./run-due-jobs";

setupTestDatabase();

describe("jobs", () => {
  it("runs a job once, with progress and a result, even with two workers polling", async () => {
    const db = await getDb();
    const id = (await enqueueJob(db, { kind: "count", payload: { n: 3 }, total: 3 }))!;
    expect(await getJob(id)).toMatchObject({ status: "queued", progress: { done: 0, total: 3 } });
    const seen: number[] = [];
    const handlers: JobHandlers = {
      count: async ({ job, reportProgress }) => {
        const n = job.payload.n as number;
        for (let i = 1; i <= n; i++) {
          seen.push(i);
          expect(await reportProgress(i)).toBe(true);
        }
        return { counted: n };
      },
    };
    const [a, b] = await Promise.all([runDueJobs({ db, handlers, workerId: "A" }), runDueJobs({ db, handlers, workerId: "B" })]);
    expect(a.claimed + b.claimed).toBe(1);
    expect(seen).toEqual([1, 2, 3]);
    expect(await getJob(id)).toMatchObject({ status: "done", progress: { done: 3, total: 3 }, result: { counted: 3 }, attempts: 1, lastError: null });
    expect((await runDueJobs({ db, handlers })).claimed).toBe(0);
  });

  it("a dedupeKey makes enqueueing idempotent", async () => {
    const db = await getDb();
    const first = await enqueueJob(db, { kind: "noop", dedupeKey: "once-only" });
    expect(first).toBeTruthy();
    expect(await enqueueJob(db, { kind: "noop", dedupeKey: "once-only" })).toBeNull();
    expect(await db.job.count({ where: { dedupeKey: "once-only" } })).toBe(1);
  });

  it("a failing job is retried with backoff, then failed after maxAttempts", async () => {
    const db = await getDb();
    await db.job.deleteMany();
    const id = (await enqueueJob(db, { kind: "boom", maxAttempts: 2 }))!;
    const handlers: JobHandlers = { boom: async () => Promise.reject(new Error("no luck")) };
    const t0 = new Date();
    expect(await runDueJobs({ db, handlers, now: t0 })).toMatchObject({ claimed: 1, retried: 1 });
    const retried = await getJob(id);
    expect(retried).toMatchObject({ status: "queued", attempts: 1, lastError: "no luck" });
    expect(retried.runAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));
    expect((await runDueJobs({ db, handlers, now: new Date(t0.getTime() + 1000) })).claimed).toBe(0);
    expect(await runDueJobs({ db, handlers, now: new Date(t0.getTime() + retryDelayMs(1)) })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await getJob(id)).toMatchObject({ status: "failed", attempts: 2, lastError: "no luck" });
    expect((await getJob(id)).finishedAt).not.toBeNull();
  });

  it("an unknown kind fails instead of vanishing", async () => {
    const db = await getDb();
    const id = (await enqueueJob(db, { kind: "nobody-handles-this", maxAttempts: 1 }))!;
    await runDueJobs({ db, handlers: {} });
    expect(await getJob(id)).toMatchObject({ status: "failed", lastError: 'No handler for job kind "nobody-handles-this"' });
  });

  it("cancelling a queued job keeps it from running; cancelling a running one stops it and keeps its result out", async () => {
    const db = await getDb();
    await db.job.deleteMany();
    let ran = 0;
    const queued = (await enqueueJob(db, { kind: "work" }))!;
    expect(await cancelJob(queued)).toBe(true);
    expect(await cancelJob(queued)).toBe(false);
    await runDueJobs({ db, handlers: { work: async () => ran++ } });
    expect(ran).toBe(0);
    expect(await getJob(queued)).toMatchObject({ status: "cancelled" });

    const running = (await enqueueJob(db, { kind: "long" }))!;
    let stoppedAt = -1;
    const handlers: JobHandlers = {
      long: async ({ job, reportProgress }) => {
        for (let i = 1; i <= 10; i++) {
          if (i === 3) await cancelJob(job.id);
          if (!(await reportProgress(i, 10))) {
            stoppedAt = i;
            return { partial: true };
          }
        }
        return { partial: false };
      },
    };
    expect(await runDueJobs({ db, handlers })).toMatchObject({ claimed: 1, done: 0 });
    expect(stoppedAt).toBe(3);
    expect(await getJob(running)).toMatchObject({ status: "cancelled", progress: { done: 2, total: 10 }, result: null });
  });

  it("getJob of an unknown id is NOT_FOUND", async () => {
    await expect(getJob("nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
