// Due-soon reminders come from the scheduler, not from rendering the bell: one job per hourly
// slot however many processes run the scheduler, and the job writes the reminders.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createVariantFixture } from "@/lib/variants/testing/variant-factory";
import { runDueJobs } from "./run-due-jobs";
import { runScheduler } from "./schedules";

setupTestDatabase();

describe("scheduler", () => {
  it("runs the due-soon reminders once per slot, without any page render", async () => {
    const db = await getDb();
    await db.market.create({ data: { code: "DE", name: "Germany", locales: ["de-DE"], currency: "EUR", timeZone: "Europe/Berlin" } });
    const user = await db.user.create({ data: { email: "due@meridian.test", name: "Due", passwordHash: "x", role: "regional_marketer" } });
    // Early in an hourly slot, so "a second later" is the same slot.
    const now = new Date(Math.floor(Date.now() / 3600_000) * 3600_000 + 60_000);
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE", assigneeId: user.id, dueDate: new Date(Date.now() + 24 * 3600_000) }] });

    const dueSoonOnly = [{ kind: "notify-due-soon", everyMs: 3600_000 }];
    expect(await runScheduler(db, now, dueSoonOnly)).toBe(1);
    // A second process (or tick) in the same hour enqueues nothing more.
    expect(await runScheduler(db, new Date(now.getTime() + 1000), dueSoonOnly)).toBe(0);
    expect(await db.notification.count({ where: { kind: "due_soon" } })).toBe(0);

    expect(await runDueJobs({ db, now })).toMatchObject({ claimed: 1, done: 1 });
    const reminders = await db.notification.findMany({ where: { kind: "due_soon" } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ userId: user.id, link: `/variants/${variants[0]!.id}` });
    const job = await db.job.findFirstOrThrow({ where: { kind: "notify-due-soon" } });
    expect(job).toMatchObject({ status: "done", result: { notified: 1 } });

    // The next slot's job runs again (the handler reads the real clock) and writes no duplicate.
    const nextHour = new Date(now.getTime() + 3600_000);
    expect(await runScheduler(db, nextHour, dueSoonOnly)).toBe(1);
    await runDueJobs({ db, now: nextHour });
    expect(await db.notification.count({ where: { kind: "due_soon" } })).toBe(1);
  });

  it("the daily prune deletes dispatched events and finished jobs past the retention, nothing pending", async () => {
    const db = await getDb();
    await db.job.deleteMany();
    const now = new Date();
    const old = new Date(now.getTime() - 31 * 24 * 3600_000);
    await db.domainEvent.createMany({
      data: [
        { type: "comment.created", payload: {}, occurredAt: old, processedAt: old },
        { type: "comment.created", payload: {}, occurredAt: old, processedAt: null, lastError: "still failing" },
        { type: "comment.created", payload: {}, occurredAt: now, processedAt: now },
      ],
    });
    await db.job.createMany({
      data: [
        { kind: "x", status: "done", finishedAt: old },
        { kind: "x", status: "queued", runAt: old },
      ],
    });
    expect(await runScheduler(db, now, [{ kind: "prune-finished-work", everyMs: 24 * 3600_000 }])).toBe(1);
    await runDueJobs({ db, now });
    expect(await db.domainEvent.count({ where: { occurredAt: old } })).toBe(1);
    expect(await db.domainEvent.count({ where: { occurredAt: now } })).toBe(1);
    expect(await db.job.count({ where: { kind: "x" } })).toBe(1);
    expect(await db.job.findFirstOrThrow({ where: { kind: "prune-finished-work" } })).toMatchObject({ status: "done", result: { events: 1, jobs: 1 } });
  });
});
