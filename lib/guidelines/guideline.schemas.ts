// Shared by the guideline forms, the actions and the domain functions.
import { z } from "zod";
import { BLOCK_TYPES, CHANNELS, MAX_PATTERN_LENGTH, RULE_KINDS, STYLE_NAMES } from "@/lib/core/checker/rules.types";
import { optionalText } from "@/lib/validation/optional-text";

export const SECTION_KINDS = ["tone", "dos_donts", "imagery", "cultural", "other"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const sectionSchema = z.object({
  id: z.string().min(1).optional(),
  /** The version the edit was based on (required when id is set). */
  version: z.number().int().positive().optional(),
  marketId: z.string().min(1).nullish().transform((v) => v ?? null),
  kind: z.enum(SECTION_KINDS),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(50_000),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type SectionInput = z.input<typeof sectionSchema>;

export const deleteSectionSchema = z.object({ id: z.string().min(1) });

export const ruleSchema = z
  .object({
    id: z.string().min(1).optional(),
    version: z.number().int().positive().optional(),
    marketId: z.string().min(1).nullish().transform((v) => v ?? null),
    channel: z.enum(CHANNELS).nullish().transform((v) => v ?? null),
    blockTypes: z.array(z.enum(BLOCK_TYPES)).default([]),
    kind: z.enum(RULE_KINDS),
    severity: z.enum(["error", "warning"]).default("error"),
    phrase: optionalText(500),
    pattern: z
      .string()
      .max(MAX_PATTERN_LENGTH, "RULE_PATTERN_TOO_LONG")
      .nullish()
      .transform((v) => (v ? v : null)),
    maxLength: z.number().int().positive().max(100_000).nullish().transform((v) => v ?? null),
    style: z.enum(STYLE_NAMES).nullish().transform((v) => v ?? null),
    message: optionalText(500),
    active: z.boolean().default(true),
  })
  .superRefine((rule, ctx) => {
    const need = (field: "phrase" | "pattern" | "maxLength" | "style", code: string) =>
      ctx.addIssue({ code: "custom", path: [field], message: code });
    if (rule.kind === "forbidden_phrase" && !rule.phrase) need("phrase", "RULE_PHRASE_REQUIRED");
    if (rule.kind === "forbidden_pattern" && !rule.pattern) need("pattern", "RULE_PATTERN_REQUIRED");
    if (rule.kind === "required_text" && !rule.phrase && !rule.pattern) need("phrase", "RULE_PHRASE_REQUIRED");
    if (rule.kind === "max_length" && !rule.maxLength) need("maxLength", "RULE_MAX_LENGTH_REQUIRED");
    if (rule.kind === "style" && !rule.style) need("style", "RULE_STYLE_REQUIRED");
  });
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleData = z.output<typeof ruleSchema>;

export const decideProposalSchema = z.object({
  id: z.string().min(1),
  decision: z.enum(["accept", "reject"]),
});

/** The "Try the checker" panel and POST /api/v1/check. */
export const checkRequestSchema = z.object({
  text: z.string().max(200_000),
  locale: z.string().trim().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, "LOCALE_INVALID"),
  market: z.string().trim().toUpperCase().max(10).nullish(),
  channel: z.string().trim().max(40).nullish(),
  blockType: z.string().trim().max(40).nullish(),
  maxLength: z.number().int().positive().max(100_000).nullish(),
  source: z.object({ text: z.string().max(200_000), locale: z.string().trim().min(2).max(35) }).nullish(),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;
