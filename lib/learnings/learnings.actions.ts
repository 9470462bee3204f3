"use server";
import { memberAction } from "@/lib/actions/action-client";
import { commentOnLearning } from "./comment-on-learning";
import { createLearning } from "./create-learning";
import { commentOnLearningSchema, createLearningSchema, markLearningUsefulSchema, promoteLearningSchema } from "./learning.schemas";
import { markLearningUseful } from "./mark-learning-useful";
import { promoteLearning } from "./promote-learning";

const revalidate = ["/learnings"];

export const createLearningAction = memberAction("learnings.create", createLearningSchema, (input, actor) => createLearning(actor, input), {
  revalidate,
  authorize: createLearning.authorize,
});

export const commentOnLearningAction = memberAction("learnings.comment", commentOnLearningSchema, (input, actor) => commentOnLearning(actor, input), {
  revalidate,
  authorize: commentOnLearning.authorize,
});

export const markLearningUsefulAction = memberAction("learnings.useful", markLearningUsefulSchema, (input, actor) => markLearningUseful(actor, input), {
  revalidate,
  authorize: markLearningUseful.authorize,
});

export const promoteLearningAction = memberAction("learnings.promote", promoteLearningSchema, async (input, actor) => (await promoteLearning(actor, input)).promoted, {
  revalidate: [...revalidate, "/guidelines", "/termbase", "/campaigns"],
  authorize: promoteLearning.authorize,
});
