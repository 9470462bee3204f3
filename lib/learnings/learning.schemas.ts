// Inputs of the learnings operations, shared by the forms, the actions and the API.
import { z } from "zod";
import { optionalText } from "@/lib/validation/optional-text";

const optionalId = optionalText(60);

export const tagsSchema = z
  .array(z.string().trim().toLowerCase().min(1).max(40))
  .max(12)
  .default([])
  .transform((tags) => [...new Set(tags)]);

export const createLearningSchema = z.object({
  marketId: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
  tags: tagsSchema,
  campaignId: optionalId,
  variantId: optionalId,
  resultId: optionalId,
  segment: optionalText(120),
  channel: optionalText(60),
});
export type CreateLearningInput = z.input<typeof createLearningSchema>;

export const commentOnLearningSchema = z.object({ learningId: z.string().min(1), body: z.string().trim().min(1).max(2000) });

export const markLearningUsefulSchema = z.object({ learningId: z.string().min(1), useful: z.boolean() });

export const PROMOTABLE_RULE_KINDS = ["forbidden_phrase", "required_text", "style"] as const;

export const promoteLearningSchema = z.discriminatedUnion("target", [
  z.object({
    learningId: z.string().min(1),
    target: z.literal("guideline_rule"),
    kind: z.enum(PROMOTABLE_RULE_KINDS),
    text: z.string().trim().min(1).max(500),
    message: optionalText(500),
    severity: z.enum(["error", "warning"]).default("warning"),
    /** Market the rule applies to; null = global. */
    marketId: optionalId,
    channel: optionalText(60),
  }),
  z.object({
    learningId: z.string().min(1),
    target: z.literal("term"),
    locale: z.string().trim().min(2).max(35),
    text: z.string().trim().min(1).max(300),
    status: z.enum(["preferred", "admitted", "deprecated", "forbidden"]).default("preferred"),
    doNotTranslate: z.boolean().default(false),
    note: optionalText(1000),
  }),
  z.object({
    learningId: z.string().min(1),
    target: z.literal("brief_note"),
    campaignId: z.string().min(1),
    note: z.string().trim().min(1).max(2000),
  }),
]);
export type PromoteLearningInput = z.input<typeof promoteLearningSchema>;

export const findLearningsSchema = z.object({
  market: optionalText(40),
  tag: optionalText(40),
  campaign: optionalId,
  channel: optionalText(60),
  sort: z.enum(["newest", "useful"]).catch("newest").default("newest"),
  limit: z.coerce.number().int().min(1).max(200).catch(50).default(50),
});
export type FindLearningsInput = z.input<typeof findLearningsSchema>;

export type PromotedTo = { type: "guideline_rule" | "term_proposal" | "brief_note"; id: string; campaignId?: string; at: string; byId: string };
