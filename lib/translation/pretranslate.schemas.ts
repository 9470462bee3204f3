import { z } from "zod";

const id = z.string().min(1).max(100);

/** POST /api/v1/variants/{id}/pretranslate body (all optional). */
export const pretranslateBodySchema = z.object({
  /** Where drafts may come from, in this order: the translation memory, then machine translation. */
  sources: z.array(z.enum(["tm", "mt"])).min(1).max(2).default(["tm", "mt"]),
  /** Lowest fuzzy TM score (percent) accepted; 100 takes exact matches only. */
  threshold: z.number().int().min(50).max(100).default(75),
  provider: z.enum(["apertium", "deepl", "openai"]).optional(),
});

export const pretranslateVariantSchema = pretranslateBodySchema.extend({ variantId: id });
export type PretranslateVariantInput = z.output<typeof pretranslateVariantSchema>;

/** What a pre-filled block says about where its text came from (VariantBlock.origin). */
export interface BlockOrigin {
  kind: "human" | "tm" | "mt" | "ai-draft";
  provider?: string;
  score?: number;
}
