"use server";
import { memberAction } from "@/lib/actions/action-client";
import { addComment } from "./add-comment";
import { addCommentSchema, resolveCommentSchema } from "./comment.schemas";
import { resolveComment } from "./resolve-comment";

export const addCommentAction = memberAction("comments.add", addCommentSchema, async (input, actor) => {
  const c = await addComment(actor, input);
  return { id: c.id };
}, { authorize: addComment.authorize });

export const resolveCommentAction = memberAction("comments.resolve", resolveCommentSchema, (input, actor) => resolveComment(actor, input), {
  authorize: resolveComment.authorize,
});
