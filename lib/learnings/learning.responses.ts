// What the /api/v1/learnings routes answer. The OpenAPI document is generated from these, and the
// API tests validate real answers against it.
import { z } from "zod";

const dateTime = z.iso.datetime({ offset: true });
const person = z.object({ id: z.string(), name: z.string() });
const promotedTo = z.object({
  type: z.enum(["guideline_rule", "term_proposal", "brief_note"]),
  id: z.string(),
  campaignId: z.string().optional(),
  at: z.string(),
  byId: z.string(),
});

/** GET /api/v1/learnings (lib/learnings/find-learnings.ts). */
export const learningFeedResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      body: z.string(),
      tags: z.array(z.string()),
      segment: z.string().nullable(),
      channel: z.string().nullable(),
      market: z.object({ id: z.string(), code: z.string(), name: z.string() }),
      campaign: z.object({ id: z.string(), name: z.string() }).nullable(),
      variantId: z.string().nullable(),
      resultId: z.string().nullable(),
      author: person,
      usefulCount: z.number().int(),
      usefulByMe: z.boolean(),
      promotedTo: z.array(promotedTo),
      comments: z.array(z.object({ id: z.string(), body: z.string(), createdAt: dateTime, author: person })),
      createdAt: dateTime,
    }),
  ),
});

/** POST /api/v1/learnings: the stored learning (lib/learnings/create-learning.ts). */
export const createdLearningResponseSchema = z.object({
  id: z.string(),
  marketId: z.string(),
  campaignId: z.string().nullable(),
  variantId: z.string().nullable(),
  resultId: z.string().nullable(),
  segment: z.string().nullable(),
  channel: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  authorId: z.string(),
  usefulBy: z.array(z.string()),
  usefulCount: z.number().int(),
  promotedTo: z.array(promotedTo).nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
