// Cancels a queued or running job. A running handler learns it at its next progress report
// (reportProgress answers false) and its result is never recorded over the cancellation.
import { getDb, type Db } from "@/lib/db";

/** True when the job was queued or running and is cancelled now. */
export async function cancelJob(id: string, db?: Db): Promise<boolean> {
  const { count } = await (db ?? (await getDb())).job.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", lockedBy: null, lockedAt: null, finishedAt: new Date() },
  });
  return count === 1;
}
