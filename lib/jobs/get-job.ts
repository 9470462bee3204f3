// One job as callers see it (a later GET /api/v1/jobs/{id} answers this): status and progress.
// Who may see which job is the caller's check; this is the query.
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export type JobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  progress: { done: number; total: number | null };
  result: unknown;
  attempts: number;
  lastError: string | null;
  runAt: Date;
  createdAt: Date;
  finishedAt: Date | null;
}

export async function getJob(id: string, db?: Db): Promise<JobView> {
  const job = await (db ?? (await getDb())).job.findUnique({ where: { id } });
  if (!job) throw notFound();
  return {
    id: job.id,
    kind: job.kind,
    status: job.status as JobStatus,
    progress: { done: job.progressDone, total: job.progressTotal },
    result: job.result,
    attempts: job.attempts,
    lastError: job.lastError,
    runAt: job.runAt,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
