// The background loop of one server process: every few seconds, deliver due webhooks and send
// due mail. Started once per process (instrumentation.ts); several processes may run it at once
// because rows are claimed with SKIP LOCKED. A database that is not ready (first start,
// migrations running, PGlite owned by another process) is skipped quietly and retried later.
import { sendDueMail } from "@/lib/notifications/send-due-mail";
import { deliverDueWebhooks } from "./webhooks/deliver-due-webhooks";

type Global = { __meridianWorkers?: { timer: NodeJS.Timeout; stop: () => void } };
const store = globalThis as unknown as Global;

export function startBackgroundWorkers(intervalMs = 5000): () => void {
  if (store.__meridianWorkers) return store.__meridianWorkers.stop;
  let running = false;
  let failures = 0;
  let skip = 0;
  const tick = async () => {
    if (running || skip-- > 0) return;
    running = true;
    try {
      // Drain what is due, a batch at a time, without holding the loop forever.
      for (let round = 0; round < 5; round++) {
        const [hooks, mail] = await Promise.all([deliverDueWebhooks(), sendDueMail()]);
        if (hooks.claimed === 0 && mail.claimed === 0) break;
      }
      failures = 0;
    } catch (error) {
      failures++;
      // Back off (up to about a minute) and say so once, not every tick.
      skip = Math.min(2 ** failures, 12);
      if (failures === 1) console.warn("[workers] paused: the database is not ready", (error as Error).message);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    store.__meridianWorkers = undefined;
  };
  store.__meridianWorkers = { timer, stop };
  return stop;
}
