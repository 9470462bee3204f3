// Who may follow or cancel a background job: the person who started it, and admins. Deny by
// default: a job nobody is recorded as having started (scheduled work) is admins' only.
import type { Actor } from "./actor";

export function canFollowJob(actor: Actor, job: { requestedById: string | null }): boolean {
  if (actor.role === "admin") return true;
  return job.requestedById !== null && job.requestedById === actor.id;
}
