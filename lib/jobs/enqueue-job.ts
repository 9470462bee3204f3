// Queues background work (a Job row) in the caller's transaction, so the job exists exactly when
// the change that asked for it does. A `dedupeKey` makes the enqueue idempotent: a second job with
// the same key is not created (the scheduler relies on it for one job per time slot).
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface EnqueueJobInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  maxAttempts?: number;
  dedupeKey?: string;
  /** Known size of the work, shown as progress before it starts. */
  total?: number;
}

/** The new job's id, or null when a job with the same dedupeKey exists. */
export async function enqueueJob(tx: Db, input: EnqueueJobInput): Promise<string | null> {
  const rows = await tx.job.createManyAndReturn({
    data: [
      {
        kind: input.kind,
        payload: (input.payload ?? {}) as Prisma.InputJsonValue,
        runAt: input.runAt ?? new Date(),
        maxAttempts: input.maxAttempts ?? 5,
        dedupeKey: input.dedupeKey ?? null,
        progressTotal: input.total ?? null,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  return rows[0]?.id ?? null;
}
