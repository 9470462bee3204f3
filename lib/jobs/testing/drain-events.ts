// Tests: runs the event dispatch the background loop would run a second later, synchronously,
// so a test can assert notifications and webhook deliveries right after an operation.
import { getDb } from "@/lib/db";
import { dispatchDueEvents } from "../events/dispatch-events";

export async function drainEvents(): Promise<number> {
  const db = await getDb();
  let processed = 0;
  for (;;) {
    const summary = await dispatchDueEvents({ db });
    processed += summary.processed;
    if (summary.failed > 0) {
      const failed = await db.domainEvent.findFirst({ where: { processedAt: null, lastError: { not: null } }, orderBy: { occurredAt: "desc" } });
      throw new Error(`An event subscriber failed: ${failed?.type}: ${failed?.lastError}`);
    }
    if (summary.claimed === 0) return processed;
  }
}
