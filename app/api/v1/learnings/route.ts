// API v1: the learnings feed (GET, filters market/tag/campaign/channel/sort/limit) and writing a learning (POST, 201).
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";
import { createLearning } from "@/lib/learnings/create-learning";
import { createLearningSchema } from "@/lib/learnings/learning.schemas";
import { findLearnings } from "@/lib/learnings/find-learnings";

export const GET = apiRoute(async ({ req, actor }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return { items: await findLearnings(actor, query) };
});

export const POST = apiRoute(
  async ({ req, actor }) => {
    createLearning.authorize(actor); // before the body is read
    return createLearning(actor, await readJson(req, createLearningSchema));
  },
  { status: 201 },
);
