// What the /api/v1/variants routes answer (JSON after serialization: dates are ISO strings). The
// OpenAPI document is generated from these, and the API tests validate real answers against it.
import { z } from "zod";
import { VARIANT_STATES } from "@/lib/core/workflow/variant-state-machine";
import { BLOCK_POLICIES } from "@/lib/campaigns/campaign.schemas";
import { findingSchema } from "@/lib/checker/checker.responses";

const dateTime = z.iso.datetime({ offset: true });
const variantState = z.enum(VARIANT_STATES);
const person = z.object({ id: z.string(), name: z.string() });

const checklistSchema = z.object({
  items: z.record(z.string(), z.object({ done: z.boolean(), note: z.string() })),
});

export const apiVariantBlockSchema = z.object({
  key: z.string().describe('The block key, or "touchpointId:key" when two touchpoints use the same key'),
  blockId: z.string(),
  touchpoint: z.object({ id: z.string(), name: z.string(), channel: z.string() }),
  type: z.string(),
  policy: z.enum(BLOCK_POLICIES),
  source: z.string(),
  sourceVersion: z.number().int(),
  target: z.string(),
  backTranslation: z.string().nullable(),
  omitted: z.boolean(),
  omitReason: z.string().nullable(),
  assetId: z.string().nullable(),
  maxLength: z.number().int().nullable(),
  outdated: z.boolean(),
  origin: z
    .object({ kind: z.enum(["human", "tm", "mt", "ai-draft"]), provider: z.string().optional(), score: z.number().optional() })
    .describe("Where the text came from: a person, translation memory (with its match score), machine translation or an AI draft"),
  confirmed: z.boolean().describe("False for machine-filled text nobody has edited or confirmed yet; the variant cannot be submitted then"),
  findings: z.array(findingSchema),
});

/** GET/PUT /api/v1/variants/{id} (lib/variants/to-api-variant.ts). */
export const apiVariantSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    campaign: z.string().describe("Campaign name"),
    market: z.string().describe("Market code"),
    locale: z.string(),
    state: variantState,
    version: z.number().int().describe("Send it back as `version` or If-Match when saving"),
    dueDate: dateTime.nullable(),
    assignee: person.nullable(),
    errorCount: z.number().int(),
    warningCount: z.number().int(),
    overrideReason: z.string().nullable(),
    checklist: checklistSchema,
    checklistComplete: z.boolean(),
    allowedTransitions: z.array(
      z.object({ to: variantState, resultState: variantState, blockedBy: z.string().nullable().describe("Why the transition is refused now, or null") }),
    ),
    blocks: z.array(apiVariantBlockSchema),
  })
  .meta({ title: "Variant" });

/** GET /api/v1/variants (lib/variants/find-variants.ts). */
export const variantListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      campaignId: z.string(),
      campaign: z.string(),
      market: z.string(),
      locale: z.string(),
      state: variantState,
      version: z.number().int(),
      dueDate: dateTime.nullable(),
      errorCount: z.number().int(),
      warningCount: z.number().int(),
      assigneeId: z.string().nullable(),
      updatedAt: dateTime,
    }),
  ),
});

/** POST /api/v1/variants/{id}/transitions (lib/variants/transition-variant.ts). */
export const transitionResultSchema = z
  .object({
    id: z.string(),
    from: variantState,
    state: variantState,
    errorCount: z.number().int(),
    warningCount: z.number().int(),
  })
  .meta({ examples: [{ id: "cmf1var0000000000000000", from: "draft", state: "in_review", errorCount: 0, warningCount: 2 }] });

const workItemSchema = z.object({
  id: z.string(),
  campaign: z.object({ id: z.string(), name: z.string() }),
  market: z.object({ code: z.string(), name: z.string() }),
  locale: z.string(),
  state: z.string(),
  dueAt: dateTime.nullable(),
  overdue: z.boolean(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  assignee: person.nullable(),
});

/** GET /api/v1/me/work (lib/variants/find-my-work.ts). */
export const myWorkResponseSchema = z.object({
  assigned: z.array(workItemSchema),
  toReview: z.array(workItemSchema),
  overdue: z.array(workItemSchema).describe("Overdue or due within 48 hours; `overdue` tells which"),
  mentions: z.array(
    workItemSchema.extend({
      comment: z.object({ id: z.string(), excerpt: z.string(), author: person.nullable(), createdAt: dateTime }),
    }),
  ),
  toAssign: z.array(workItemSchema).describe("Open variants without an assignee that the caller may assign"),
});
