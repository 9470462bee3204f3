// A comment on a variant or one of its blocks (a reply when parentId is set). Mentioned users who
// can see the variant and the author of the thread are notified (the comment.created event).
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
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
    await emit(tx, {
      type: "comment.created",
      payload: {
        commentId: comment.id,
        variantId: variant.id,
        blockId: comment.blockId,
        campaignName: variant.campaign.name,
        market: variant.market.code,
        actor: { id: actor.id, name: actor.name },
        body: data.body,
        mentionedUserIds: mentioned.map((u) => u.id),
        parentAuthorId,
      },
    });
    await recordAudit(
      { actor, action: "variant.comment", entityType: "variant", entityId: variant.id, marketId: variant.marketId, after: { commentId: comment.id, blockId: comment.blockId, body: comment.body } },
      tx,
    );
    return comment;
  },
});
