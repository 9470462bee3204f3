// The approver's review queue across the markets they may see: variants waiting for review,
// filtered by campaign, due date and state; overdue first. One query with a narrow select.
import type { z } from "zod";
import { isOverdue } from "@/lib/core/workflow/is-overdue";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canUseReviewQueue, variantWhereForActor } from "@/lib/permissions/variants";
import { isChecklistComplete } from "./checklist";
import { reviewQueueSchema } from "./variant.schemas";

const DAY = 86_400_000;

function defaultStates(actor: Actor): Prisma.VariantWhereInput["state"] {
  if (actor.role === "hq_brand") return { in: ["brand_review", "in_review"] };
  if (actor.role === "regional_approver") return "in_review";
  return { in: ["in_review", "brand_review"] };
}

export async function findReviewQueue(actor: Actor, input: z.input<typeof reviewQueueSchema> = {}, now = new Date()) {
  requireAllowed(canUseReviewQueue(actor));
  const filter = reviewQueueSchema.parse(input);
  const state: Prisma.VariantWhereInput["state"] =
    !filter.state ? defaultStates(actor) : filter.state === "all" ? { in: ["in_review", "brand_review", "changes_requested"] } : filter.state;
  const due: Prisma.VariantWhereInput =
    filter.due === "overdue"
      ? { dueDate: { lt: now } }
      : filter.due === "week"
        ? { dueDate: { lte: new Date(now.getTime() + 7 * DAY) } }
        : filter.due === "none"
          ? { dueDate: null }
          : {};
  const db = await getDb();
  const rows = await db.variant.findMany({
    where: { AND: [variantWhereForActor(actor), { state }, due, filter.campaign ? { campaignId: filter.campaign } : {}] },
    select: {
      id: true,
      locale: true,
      state: true,
      dueDate: true,
      errorCount: true,
      warningCount: true,
      checklist: true,
      submittedAt: true,
      submittedById: true,
      overrideReason: true,
      market: { select: { code: true, name: true } },
      campaign: { select: { id: true, name: true } },
    },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }, { id: "asc" }],
    take: 2000,
  });
  const campaigns = new Map<string, string>();
  const items = rows.map((r) => {
    campaigns.set(r.campaign.id, r.campaign.name);
    const checklistComplete = isChecklistComplete(r.checklist);
    return {
      id: r.id,
      campaign: r.campaign,
      market: r.market,
      locale: r.locale,
      state: r.state,
      dueDate: r.dueDate,
      overdue: isOverdue(r, now),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      checklistComplete,
      overrideReason: r.overrideReason,
      submittedAt: r.submittedAt,
      submittedById: r.submittedById,
      /** Eligible for bulk approval: no errors and the checklist complete. */
      clean: r.errorCount === 0 && checklistComplete,
    };
  });
  return { items, campaigns: [...campaigns].map(([id, name]) => ({ id, name })), filter };
}
