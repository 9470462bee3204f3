// A person's inbox ("My work", GET /api/v1/me/work): variants assigned to them that need their
// hand, variants waiting for their review, what is overdue or due soon among the variants they
// answer for, comments mentioning them, and for those who assign, open variants nobody holds. Every list is inside variantWhereForActor, so it
// never names a variant the person may not open.
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { canEverAssignVariants, variantWhereForActor } from "@/lib/permissions/variants";

/** States in which the assignee has something to do. */
const TO_DO = ["draft", "changes_requested", "outdated"] as const;
/** Every state in which a due date still matters. */
const OPEN = ["draft", "changes_requested", "outdated", "in_review", "brand_review"] as const;
export const DUE_SOON_MS = 48 * 3600_000;
const MENTION_DAYS = 30;
const TAKE = 50;

const itemSelect = {
  id: true,
  locale: true,
  state: true,
  dueDate: true,
  errorCount: true,
  warningCount: true,
  campaign: { select: { id: true, name: true } },
  market: { select: { code: true, name: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.VariantSelect;

type ItemRow = Prisma.VariantGetPayload<{ select: typeof itemSelect }>;

export interface WorkItem {
  id: string;
  campaign: { id: string; name: string };
  market: { code: string; name: string };
  locale: string;
  state: string;
  dueAt: Date | null;
  overdue: boolean;
  errorCount: number;
  warningCount: number;
  assignee: { id: string; name: string } | null;
}

export interface MentionItem extends WorkItem {
  comment: { id: string; excerpt: string; author: { id: string; name: string } | null; createdAt: Date };
}

export interface MyWork {
  assigned: WorkItem[];
  toReview: WorkItem[];
  overdue: WorkItem[];
  mentions: MentionItem[];
  /** Open variants without an assignee that this person may assign (HQ: all markets; a lead: theirs). */
  toAssign: WorkItem[];
}

/** Variants waiting for this person's review: approvers their markets' in_review, brand the brand_review. */
function reviewWhere(actor: Actor): Prisma.VariantWhereInput | null {
  if (actor.role === "regional_approver") return { state: "in_review", marketId: { in: actor.marketIds } };
  if (actor.role === "hq_brand") return { state: "brand_review" };
  return null;
}

function assignedWhere(actor: Actor): Prisma.VariantWhereInput {
  return { assigneeId: actor.id, state: { in: [...TO_DO] } };
}

/** What this person answers for: their own work, their reviews, the markets they lead, the campaigns they own. */
function responsibleWhere(actor: Actor): Prisma.VariantWhereInput {
  const review = reviewWhere(actor);
  return {
    state: { in: [...OPEN] },
    OR: [{ assigneeId: actor.id }, ...(review ? [review] : []), { market: { leadId: actor.id } }, { campaign: { ownerId: actor.id } }],
  };
}

function toAssignWhere(actor: Actor): Prisma.VariantWhereInput | null {
  if (!canEverAssignVariants(actor)) return null;
  const base: Prisma.VariantWhereInput = { assigneeId: null, state: { in: [...TO_DO] } };
  if (actor.role === "admin" || actor.role === "hq_campaign") return base;
  return { ...base, marketId: { in: actor.marketIds }, market: { leadId: actor.id } };
}

function toItem(row: ItemRow, now: Date): WorkItem {
  return {
    id: row.id,
    campaign: row.campaign,
    market: row.market,
    locale: row.locale,
    state: row.state,
    dueAt: row.dueDate,
    overdue: !!row.dueDate && row.dueDate < now,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    assignee: row.assignee,
  };
}

const byDue: Prisma.VariantOrderByWithRelationInput[] = [{ dueDate: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }];

export async function findMyWork(actor: Actor, now = new Date(), db?: Db): Promise<MyWork> {
  const d = db ?? (await getDb());
  const scope = variantWhereForActor(actor);
  const list = (where: Prisma.VariantWhereInput) =>
    d.variant.findMany({ where: { AND: [scope, where] }, select: itemSelect, orderBy: byDue, take: TAKE });
  const review = reviewWhere(actor);
  const assigned = await list(assignedWhere(actor));
  const toReview = review ? await list(review) : [];
  const overdue = await list({ AND: [responsibleWhere(actor), { dueDate: { lte: new Date(now.getTime() + DUE_SOON_MS) } }] });
  const assignable = toAssignWhere(actor);
  const toAssign = assignable ? await list(assignable) : [];
  const comments = await d.comment.findMany({
    where: {
      mentions: { has: actor.id },
      resolvedAt: null,
      createdAt: { gte: new Date(now.getTime() - MENTION_DAYS * 86_400_000) },
      variant: scope,
    },
    select: { id: true, body: true, authorId: true, createdAt: true, variant: { select: itemSelect } },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  const authors = await d.user.findMany({ where: { id: { in: [...new Set(comments.map((c) => c.authorId))] } }, select: { id: true, name: true } });
  const authorOf = new Map(authors.map((a) => [a.id, a]));
  return {
    assigned: assigned.map((r) => toItem(r, now)),
    toReview: toReview.map((r) => toItem(r, now)),
    overdue: overdue.map((r) => toItem(r, now)),
    mentions: comments.map((c) => ({
      ...toItem(c.variant, now),
      comment: { id: c.id, excerpt: c.body.slice(0, 200), author: authorOf.get(c.authorId) ?? null, createdAt: c.createdAt },
    })),
    toAssign: toAssign.map((r) => toItem(r, now)),
  };
}

export interface MyWorkCounts {
  assigned: number;
  toReview: number;
}

/** The navigation's badges: cheap counts, no rows. */
export async function countMyWork(actor: Actor, db?: Db): Promise<MyWorkCounts> {
  const d = db ?? (await getDb());
  const scope = variantWhereForActor(actor);
  const review = reviewWhere(actor);
  const assigned = await d.variant.count({ where: { AND: [scope, assignedWhere(actor)] } });
  const toReview = review ? await d.variant.count({ where: { AND: [scope, review] } }) : 0;
  return { assigned, toReview };
}
