// The badge tone of each variant state, for the pages that list variants.
import type { Tone } from "@/components/ui/badge";
import type { VariantState } from "@/lib/core/workflow/variant-state-machine";

export const VARIANT_STATE_TONE: Record<VariantState, Tone> = {
  draft: "neutral",
  in_review: "info",
  changes_requested: "warning",
  brand_review: "info",
  approved: "success",
  published: "success",
  outdated: "danger",
  archived: "neutral",
};
