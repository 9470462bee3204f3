// Resolves (or reopens) a comment thread; anyone who may comment on the variant may do it.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { canCommentOnVariant, canViewVariant } from "@/lib/permissions/variants";
import { resolveCommentSchema } from "./comment.schemas";

export const resolveComment = defineOperation({
  name: "variant.comment_resolve",
  input: resolveCommentSchema,
  // Role level only: an invisible variant answers 404 before the comment rule answers 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const comment = await tx.comment.findUnique({
      where: { id: data.commentId },
      select: { id: true, parentId: true, variant: { select: { id: true, marketId: true, assigneeId: true } } },
    });
    if (!comment) throw notFound();
    requireVisible(canViewVariant(actor, comment.variant));
    requireAllowed(canCommentOnVariant(actor, comment.variant));
    const rootId = comment.parentId ?? comment.id;
    const updated = await tx.comment.update({
      where: { id: rootId },
      data: data.resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
      select: { id: true, resolvedAt: true },
    });
    await recordAudit(
      { actor, action: data.resolved ? "variant.comment_resolve" : "variant.comment_reopen", entityType: "variant", entityId: comment.variant.id, marketId: comment.variant.marketId, meta: { commentId: rootId } },
      tx,
    );
    return updated;
  },
});
