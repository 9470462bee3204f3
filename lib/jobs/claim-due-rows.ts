// Claims due outbox rows (webhook deliveries, mail) for one worker: a single short statement
// that picks rows with `FOR UPDATE SKIP LOCKED` — concurrent workers on other connections skip
// rows another worker is claiming — and marks them (lockedBy, lockedAt, attempts + 1). A lock
// older than `staleAfterMs` (a worker that died mid-send) is claimable again.
import type { Db } from "@/lib/db";

export type OutboxTable = "WebhookDelivery" | "OutboxMessage";

export interface ClaimOptions {
  workerId: string;
  limit: number;
  now: Date;
  staleAfterMs: number;
}

export async function claimDueRows(db: Db, table: OutboxTable, options: ClaimOptions): Promise<string[]> {
  const staleBefore = new Date(options.now.getTime() - options.staleAfterMs);
  // Table names cannot be parameters; `table` is one of two literals.
  const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(
    `UPDATE "${table}" SET "lockedBy" = $1, "lockedAt" = $2, "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "${table}"
       WHERE "status" = 'pending' AND "nextAttemptAt" <= $2
         AND ("lockedAt" IS NULL OR "lockedAt" < $3)
       ORDER BY "nextAttemptAt"
       LIMIT $4
       FOR UPDATE SKIP LOCKED
     )
     RETURNING "id"`,
    options.workerId,
    options.now,
    staleBefore,
    options.limit,
  );
  return rows.map((r) => r.id);
}
