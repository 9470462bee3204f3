// HQ and other markets comment on a learning.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canCommentOnLearning } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { commentOnLearningSchema } from "./learning.schemas";
import { loadLearning } from "./load-learning";

export async function commentOnLearning(actor: Actor, input: unknown) {
  const data = commentOnLearningSchema.parse(input);
  return (await getDb()).$transaction(async (tx) => {
    const learning = await loadLearning(tx, actor, data.learningId);
    requireAllowed(canCommentOnLearning(actor, learning));
    const comment = await tx.learningComment.create({ data: { learningId: learning.id, authorId: actor.id, body: data.body } });
    await recordAudit({ actor, action: "learning.comment", entityType: "learning", entityId: learning.id, marketId: learning.marketId, after: { commentId: comment.id, body: comment.body } }, tx);
    return comment;
  });
}
