// Time-based work: each schedule enqueues one job per time slot (dedupeKey `schedule:<kind>:<slot>`),
// so any number of processes may run the scheduler and the work still happens once per slot; the
// job worker runs it like any other job (retries included).
import type { Db } from "@/lib/db";
import { enqueueJob } from "./enqueue-job";

export interface Schedule {
  kind: string;
  everyMs: number;
}

export const SCHEDULES: readonly Schedule[] = [
  // Due-soon reminders: idempotent per user, variant and day, so hourly is enough and safe.
  { kind: "notify-due-soon", everyMs: 60 * 60_000 },
  { kind: "prune-finished-work", everyMs: 24 * 60 * 60_000 },
];

/** Enqueues the jobs of the slots that began; answers how many were new. */
export async function runScheduler(db: Db, now = new Date(), schedules: readonly Schedule[] = SCHEDULES): Promise<number> {
  let queued = 0;
  for (const s of schedules) {
    const slot = Math.floor(now.getTime() / s.everyMs);
    const id = await enqueueJob(db, { kind: s.kind, dedupeKey: `schedule:${s.kind}:${slot}`, runAt: now, maxAttempts: 3 });
    if (id) queued++;
  }
  return queued;
}
