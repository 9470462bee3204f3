// The one background loop of a server process (started by instrumentation.ts; MERIDIAN_WORKERS=off
// disables it). Two lanes, each never overlapping itself:
//   - events, every second: dispatch recorded domain events (a cheap indexed look when idle), so a
//     notification appears about a second after the action;
//   - work, every five seconds: deliver due webhooks, send due mail, enqueue scheduled jobs and
//     run due jobs.
// Several processes may run it at once: everything is claimed with SKIP LOCKED. A database that is
// not ready (first start, migrations running, PGlite owned by another process) is skipped quietly
// and retried later.
import { getDb } from "@/lib/db";
import { dispatchDueEvents } from "./events/dispatch-events";
import { closeMailTransport } from "./mail/mail-transport";
import { sendDueMail } from "./mail/send-due-mail";
import { runDueJobs } from "./run-due-jobs";
import { runScheduler } from "./schedules";
import { deliverDueWebhooks } from "./webhooks/deliver-due-webhooks";

type Global = { __meridianWorkers?: { stop: () => void } };
const store = globalThis as unknown as Global;

function lane(name: string, intervalMs: number, work: () => Promise<void>): () => void {
  let running = false;
  let failures = 0;
  let skip = 0;
  const tick = async () => {
    if (running || skip-- > 0) return;
    running = true;
    try {
      await work();
      failures = 0;
    } catch (error) {
      failures++;
      // Back off (up to about a minute) and say so once, not every tick.
      skip = Math.min(2 ** failures, Math.ceil(60_000 / intervalMs));
      if (failures === 1) console.warn(`[workers:${name}] paused: the database is not ready`, (error as Error).message);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

async function dispatchEvents(): Promise<void> {
  // Drain what is due, a batch at a time, without holding the lane forever.
  for (let round = 0; round < 5; round++) {
    const { claimed } = await dispatchDueEvents();
    if (claimed === 0) break;
  }
}

async function doDueWork(): Promise<void> {
  await runScheduler(await getDb());
  for (let round = 0; round < 5; round++) {
    const [hooks, mail] = await Promise.all([deliverDueWebhooks(), sendDueMail()]);
    if (hooks.claimed === 0 && mail.claimed === 0) break;
  }
  await runDueJobs();
}

export function startBackgroundLoop(options: { eventsMs?: number; workMs?: number } = {}): () => void {
  if (store.__meridianWorkers) return store.__meridianWorkers.stop;
  const stops = [lane("events", options.eventsMs ?? 1000, dispatchEvents), lane("work", options.workMs ?? 5000, doDueWork)];
  const stop = () => {
    for (const s of stops) s();
    closeMailTransport();
    store.__meridianWorkers = undefined;
  };
  store.__meridianWorkers = { stop };
  return stop;
}
