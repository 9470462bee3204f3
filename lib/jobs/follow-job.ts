// A job as its requester follows it (GET /api/v1/jobs/{id}): status, progress and result, for
// the person who started it and admins only; anyone else gets 404, as if it did not exist.
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canFollowJob } from "@/lib/permissions/jobs";
import { cancelJob } from "./cancel-job";

export interface FollowedJob {
  id: string;
  kind: string;
  status: "queued" | "running" | "done" | "failed";
  progress: { done: number; total: number };
  result?: unknown;
}

async function readJob(actor: Actor, id: string, db: Db) {
  const job = await db.job.findUnique({ where: { id } });
  const requestedById = (job?.payload as { requestedById?: unknown } | undefined)?.requestedById;
  if (!job || !canFollowJob(actor, { requestedById: typeof requestedById === "string" ? requestedById : null })) throw notFound();
  return job;
}

export async function followJob(actor: Actor, id: string, db?: Db): Promise<FollowedJob> {
  const job = await readJob(actor, id, db ?? (await getDb()));
  // The API names four states; a cancelled job is a failed one whose result says so.
  const cancelled = job.status === "cancelled";
  const view: FollowedJob = {
    id: job.id,
    kind: job.kind,
    status: cancelled ? "failed" : (job.status as FollowedJob["status"]),
    progress: { done: job.progressDone, total: job.progressTotal ?? 0 },
  };
  if (cancelled) view.result = { cancelled: true };
  else if (job.result !== null) view.result = job.result;
  return view;
}

/** Cancels a queued or running job its requester (or an admin) follows; a finished one stays as it is. */
export async function cancelFollowedJob(actor: Actor, id: string): Promise<FollowedJob> {
  const db = await getDb();
  await readJob(actor, id, db);
  await cancelJob(id, db);
  return followJob(actor, id, db);
}
