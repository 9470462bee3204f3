// A comment on a variant or one of its blocks (a reply when parentId is set). Mentioned users who
// can see the variant and the author of the thread are notified in the same transaction.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { canCommentOnVariant, canViewVariant } from "@/lib/permissions/variants";
import { addCommentSchema } from "./comment.schemas";
import { findMentionableUsers } from "./find-mentionable-users";
import { parseMentions } from "./parse-mentions";

export const addComment = defineOperation({
  name: "variant.comment",
  input: addCommentSchema,
  // Role level only: an invisible variant answers 404 before the comment rule answers 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const variant = await tx.variant.findUnique({
      where: { id: data.variantId },
      select: { id: true, marketId: true, assigneeId: true, campaign: { select: { name: true } }, market: { select: { code: true } } },
    });
    if (!variant) throw notFound();
    requireVisible(canViewVariant(actor, variant));
    requireAllowed(canCommentOnVariant(actor, variant));
    if (data.blockId) {
      const block = await tx.variantBlock.findUnique({ where: { variantId_blockId: { variantId: variant.id, blockId: data.blockId } }, select: { id: true } });
      if (!block) throw new AppError("UNKNOWN_BLOCK", { status: 422 });
    }
    let parentAuthorId: string | null = null;
    if (data.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: data.parentId }, select: { variantId: true, authorId: true } });
      if (!parent || parent.variantId !== variant.id) throw new AppError("COMMENT_NOT_FOUND", { status: 422 });
      parentAuthorId = parent.authorId;
    }
    const mentioned = parseMentions(data.body, await findMentionableUsers(tx, variant)).filter((u) => u.id !== actor.id);
    const comment = await tx.comment.create({
      data: {
        variantId: variant.id,
        blockId: data.blockId ?? null,
        parentId: data.parentId ?? null,
        authorId: actor.id,
        body: data.body,
        mentions: mentioned.map((u) => u.id),
      },
    });
    const link = `/variants/${variant.id}${data.blockId ? `#block-${data.blockId}` : ""}`;
    const base = { variantId: variant.id, campaign: variant.campaign.name, market: variant.market.code, actor: actor.name, excerpt: data.body.slice(0, 140) };
    const notifications: NotificationInput[] = mentioned.map((u) => ({
      userId: u.id,
      kind: "mentioned",
      data: base,
      link,
      email: { subject: `${actor.name} mentioned you (${variant.campaign.name}, ${variant.market.code})`, body: data.body },
    }));
    if (parentAuthorId && parentAuthorId !== actor.id && !mentioned.some((u) => u.id === parentAuthorId)) {
      notifications.push({ userId: parentAuthorId, kind: "comment", data: base, link });
    }
    await notify(tx, notifications);
    await recordAudit(
      { actor, action: "variant.comment", entityType: "variant", entityId: variant.id, marketId: variant.marketId, after: { commentId: comment.id, blockId: comment.blockId, body: comment.body } },
      tx,
    );
    return comment;
  },
});
