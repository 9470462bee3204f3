// Turns domain events into in-app notifications (and outbox mail), with the same rows, texts and
// links the operations used to write themselves. Runs in the transaction that marks the event
// dispatched, so each notification is written exactly once.
import type { Db } from "@/lib/db";
import type { PayloadOf, RecordedEvent } from "@/lib/events/event-types";
import { notify, type NotificationInput } from "./notify";

export async function notifyForEvent(tx: Db, event: RecordedEvent): Promise<void> {
  switch (event.type) {
    case "variants.created":
      return notify(tx, assigned(event.payload));
    case "variants.outdated":
      return notify(tx, outdated(event.payload));
    case "variant.state_changed":
      return notify(tx, await stateChanged(tx, event.payload));
    case "variant.assigned":
      return notify(tx, reassigned(event.payload));
    case "comment.created":
      return notify(tx, commented(event.payload));
    case "campaign.published":
      return;
  }
}

function assigned(p: PayloadOf<"variants.created">): NotificationInput[] {
  return p.variants
    .filter((v) => v.assigneeId)
    .map((v) => ({
      userId: v.assigneeId!,
      kind: "assigned" as const,
      data: { campaign: p.campaignName, market: v.market, locale: v.locale },
      link: `/variants/${v.id}`,
      email: {},
    }));
}

function outdated(p: PayloadOf<"variants.outdated">): NotificationInput[] {
  return p.variants
    .filter((v) => v.assigneeId)
    .map((v) => ({
      userId: v.assigneeId!,
      kind: "outdated" as const,
      data: { campaign: p.campaignName, market: v.market, block: p.blockKey },
      link: `/variants/${v.id}`,
      email: {},
    }));
}

/** Who hears of a transition: approvers on submit, brand on brand review, else assignee and submitter. */
async function stateChanged(tx: Db, p: PayloadOf<"variant.state_changed">): Promise<NotificationInput[]> {
  let userIds: string[];
  if (p.to === "in_review") {
    const approvers = await tx.user.findMany({
      where: { role: "regional_approver", disabledAt: null, memberships: { some: { marketId: p.marketId } } },
      select: { id: true },
    });
    userIds = approvers.map((u) => u.id);
  } else if (p.to === "brand_review") {
    const brand = await tx.user.findMany({ where: { role: "hq_brand", disabledAt: null }, select: { id: true } });
    userIds = brand.map((u) => u.id);
  } else {
    userIds = [p.assigneeId, p.submittedById].filter((id): id is string => !!id);
  }
  const unique = [...new Set(userIds)].filter((id) => id !== p.actor.id);
  return unique.map((userId) => ({
    userId,
    kind: "state_changed" as const,
    data: { variantId: p.variantId, campaign: p.campaignName, market: p.market, state: p.to, actor: p.actor.name, comment: p.comment },
    link: `/variants/${p.variantId}`,
    email: {},
  }));
}

/** The new assignee gets the work, the previous one hears it was taken back (nobody hears of their own act). */
function reassigned(p: PayloadOf<"variant.assigned">): NotificationInput[] {
  if (p.assigneeId === p.previousAssigneeId) return [];
  const data = { variantId: p.variantId, campaign: p.campaignName, market: p.market, locale: p.locale, actor: p.actor.name, dueDate: p.dueDate };
  const notifications: NotificationInput[] = [];
  if (p.assigneeId && p.assigneeId !== p.actor.id) {
    notifications.push({
      userId: p.assigneeId,
      kind: "assigned",
      data,
      link: `/variants/${p.variantId}`,
      email: {},
    });
  }
  if (p.previousAssigneeId && p.previousAssigneeId !== p.actor.id) {
    // The variant may be out of their sight now: the link goes to their own work.
    notifications.push({
      userId: p.previousAssigneeId,
      kind: "unassigned",
      data,
      link: "/work",
      email: {},
    });
  }
  return notifications;
}

function commented(p: PayloadOf<"comment.created">): NotificationInput[] {
  const link = `/variants/${p.variantId}${p.blockId ? `#block-${p.blockId}` : ""}`;
  const base = { variantId: p.variantId, campaign: p.campaignName, market: p.market, actor: p.actor.name, excerpt: p.body.slice(0, 140) };
  const notifications: NotificationInput[] = p.mentionedUserIds.map((userId) => ({
    userId,
    kind: "mentioned" as const,
    data: base,
    link,
    email: { note: p.body },
  }));
  if (p.parentAuthorId && p.parentAuthorId !== p.actor.id && !p.mentionedUserIds.includes(p.parentAuthorId)) {
    notifications.push({ userId: p.parentAuthorId, kind: "comment", data: base, link });
  }
  return notifications;
}
