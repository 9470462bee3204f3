// HQ and other markets comment on a learning.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canCommentOnLearning } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { commentOnLearningSchema } from "./learning.schemas";
import { loadLearning } from "./load-learning";

export const commentOnLearning = defineOperation({
  name: "learning.comment",
  input: commentOnLearningSchema,
  // Role level only: an invisible learning answers 404 before the learning's rules answer 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const learning = await loadLearning(actor, data.learningId, tx);
    requireAllowed(canCommentOnLearning(actor, learning));
    const comment = await tx.learningComment.create({ data: { learningId: learning.id, authorId: actor.id, body: data.body } });
    await recordAudit({ actor, action: "learning.comment", entityType: "learning", entityId: learning.id, marketId: learning.marketId, after: { commentId: comment.id, body: comment.body } }, tx);
    return comment;
  },
});
