// API v1: follow a background job you started (GET: status, progress, result) or cancel it (DELETE).
import { apiRoute } from "@/lib/http/api-route";
import { cancelFollowedJob, followJob } from "@/lib/jobs/follow-job";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => followJob(actor, params.id));

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => cancelFollowedJob(actor, params.id));
