// Zod schemas shared by the editor forms, the server actions and API v1.
import { z } from "zod";
import { REQUESTABLE_TARGETS } from "@/lib/core/workflow/variant-state-machine";
import { CHECKLIST_ITEMS } from "./checklist";

const id = z.string().min(1).max(64);

export const checklistItemSchema = z.object({
  done: z.boolean(),
  note: z.string().max(2000).default(""),
});

/** Partial updates are merged into the stored checklist. */
export const checklistSchema = z.object({
  items: z.partialRecord(z.enum(CHECKLIST_ITEMS), checklistItemSchema),
});
export type ChecklistInput = z.infer<typeof checklistSchema>;

export const saveBlockSchema = z
  .object({
    blockId: id.optional(),
    /** The block key, or "touchpointId:key" when the key is not unique in the campaign. */
    key: z.string().min(1).max(200).optional(),
    target: z.string().max(20_000).optional(),
    backTranslation: z.string().max(20_000).nullable().optional(),
    omitted: z.boolean().optional(),
    omitReason: z.string().max(1000).nullable().optional(),
    /** Image blocks: null = the HQ asset, otherwise an approved alternate for the market. */
    assetId: id.nullable().optional(),
    /** Outdated block: keep the current target and accept the new source version. */
    keepAsIs: z.boolean().optional(),
    /** A machine-filled block (TM, MT): a person accepts its text as it is. Editing the text confirms too. */
    confirm: z.literal(true).optional(),
  })
  .refine((b) => !!b.blockId || !!b.key, { message: "blockId or key is required", path: ["key"] });
export type SaveBlockInput = z.infer<typeof saveBlockSchema>;

export const saveVariantBlocksSchema = z.object({
  variantId: id,
  version: z.number().int().min(1),
  blocks: z.array(saveBlockSchema).min(1).max(1000),
});
export type SaveVariantBlocksInput = z.infer<typeof saveVariantBlocksSchema>;

/**
 * A file import (XLIFF) saves all its edits as one edit: as many blocks as the file holds, which
 * the import's file size limit bounds. Editors and API callers send at most 1,000 per save.
 */
export const saveImportedBlocksSchema = saveVariantBlocksSchema.extend({ blocks: z.array(saveBlockSchema).min(1) });

/** PUT /api/v1/variants/{id} body. */
export const putVariantBodySchema = z.object({
  /** The version the edits are based on; may instead come as an `If-Match: "<version>"` header. */
  version: z.number().int().min(1).optional(),
  blocks: z.array(saveBlockSchema).min(1).max(1000),
});

export const transitionBodySchema = z.object({
  to: z.enum(REQUESTABLE_TARGETS),
  comment: z.string().max(5000).nullable().optional(),
  checklist: checklistSchema.optional(),
  overrideReason: z.string().max(2000).nullable().optional(),
});

export const transitionVariantSchema = transitionBodySchema.extend({ variantId: id });
export type TransitionVariantInput = z.infer<typeof transitionVariantSchema>;

export const updateChecklistSchema = z.object({ variantId: id, checklist: checklistSchema });

export const bulkApproveSchema = z.object({ variantIds: z.array(id).min(1).max(200) });

export const checkBlockSchema = z.object({
  variantId: id,
  blockId: id,
  text: z.string().max(20_000),
});

export const suggestionsSchema = z.object({ variantId: id, blockId: id });

export const findVariantsSchema = z.object({
  campaign: id.optional(),
  market: z.string().max(16).optional(),
  state: z.enum(["draft", "in_review", "changes_requested", "brand_review", "approved", "published", "outdated", "archived"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const reviewQueueSchema = z.object({
  campaign: id.optional(),
  state: z.enum(["in_review", "brand_review", "changes_requested", "all"]).optional(),
  due: z.enum(["overdue", "week", "none"]).optional(),
});
export type ReviewQueueFilter = z.infer<typeof reviewQueueSchema>;
