// "Approaching due date" notifications for open variants due within 48 hours, sent to the
// assignee (or the market lead when nobody is assigned). Idempotent: at most one per user,
// variant and calendar day (UTC), so it may run any number of times (the scheduler runs it hourly, lib/jobs/schedules.ts).
import { withTransaction, type Db } from "@/lib/db";
import { notify } from "./notify";

const WINDOW_MS = 48 * 3600_000;
const OPEN_STATES = ["draft", "changes_requested", "in_review", "brand_review", "outdated"] as const;

/** Runs in `db` when given (the job worker's handle), else in its own transaction. */
export async function notifyDueSoon(now = new Date(), db?: Db): Promise<number> {
  const day = now.toISOString().slice(0, 10);
  const startOfDay = new Date(`${day}T00:00:00.000Z`);
  return withTransaction(db, async (tx) => {
    const due = await tx.variant.findMany({
      where: { state: { in: [...OPEN_STATES] }, dueDate: { gte: now, lte: new Date(now.getTime() + WINDOW_MS) } },
      select: {
        id: true,
        dueDate: true,
        assigneeId: true,
        market: { select: { code: true, leadId: true } },
        campaign: { select: { name: true } },
      },
      take: 5000,
    });
    const wanted = due
      .map((v) => ({ v, userId: v.assigneeId ?? v.market.leadId }))
      .filter((x): x is { v: (typeof due)[number]; userId: string } => !!x.userId);
    if (wanted.length === 0) return 0;
    const existing = await tx.notification.findMany({
      where: { kind: "due_soon", createdAt: { gte: startOfDay }, userId: { in: [...new Set(wanted.map((w) => w.userId))] } },
      select: { userId: true, data: true },
    });
    const done = new Set(existing.map((n) => `${n.userId}:${(n.data as { variantId?: string }).variantId}`));
    const fresh = wanted.filter((w) => !done.has(`${w.userId}:${w.v.id}`));
    await notify(
      tx,
      fresh.map(({ v, userId }) => ({
        userId,
        kind: "due_soon" as const,
        data: { variantId: v.id, campaign: v.campaign.name, market: v.market.code, dueDate: v.dueDate!.toISOString(), day },
        link: `/variants/${v.id}`,
        email: {},
      })),
    );
    return fresh.length;
  });
}
