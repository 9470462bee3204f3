"use server";
import { memberAction } from "@/lib/actions/action-client";
import { assignVariant } from "./assign-variant";
import { assignVariantSchema } from "./assignment.schemas";
import { bulkApproveVariants } from "./bulk-approve-variants";
import { checkVariantBlock } from "./check-variant-block";
import { findSuggestions } from "./find-suggestions";
import { saveVariantBlocks } from "./save-variant-blocks";
import { transitionVariant } from "./transition-variant";
import { updateChecklist } from "./update-checklist";
import {
  bulkApproveSchema,
  checkBlockSchema,
  saveVariantBlocksSchema,
  suggestionsSchema,
  transitionVariantSchema,
  updateChecklistSchema,
} from "./variant.schemas";

export const checkVariantBlockAction = memberAction("variants.check", checkBlockSchema, (input, actor) => checkVariantBlock(actor, input));

export const findSuggestionsAction = memberAction("variants.suggestions", suggestionsSchema, (input, actor) => findSuggestions(actor, input));

export const saveVariantBlocksAction = memberAction("variants.save", saveVariantBlocksSchema, (input, actor) => saveVariantBlocks(actor, input));

export const transitionVariantAction = memberAction("variants.transition", transitionVariantSchema, (input, actor) => transitionVariant(actor, input), {
  revalidate: ["/reviews"],
});

export const updateChecklistAction = memberAction("variants.checklist", updateChecklistSchema, (input, actor) => updateChecklist(actor, input));

export const bulkApproveVariantsAction = memberAction("variants.bulkApprove", bulkApproveSchema, (input, actor) => bulkApproveVariants(actor, input), {
  revalidate: ["/reviews"],
});

export const assignVariantAction = memberAction("variants.assign", assignVariantSchema, (input, actor) => assignVariant(actor, input), {
  authorize: assignVariant.authorize,
  revalidate: ["/work"],
});
