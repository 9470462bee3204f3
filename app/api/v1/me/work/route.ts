// API v1: the token holder's inbox: variants assigned to them, waiting for their review, overdue
// or due within 48 hours, and comments that mention them.
import { apiRoute } from "@/lib/http/api-route";
import { findMyWork } from "@/lib/variants/find-my-work";

export const GET = apiRoute(async ({ actor }) => findMyWork(actor));
