// Re-runs the checker over every block of a variant and stores the counts (VariantBlock and
// Variant errorCount/warningCount). Submit calls it, so a stale count can never let errors through.
import type { Db } from "@/lib/db";
import { effectiveTarget, findingsForBlock } from "./block-findings";
import { countFindings, type CheckData } from "./check-variant-text";
import type { LoadedVariant } from "./load-variant";

export async function recomputeVariantFindings(tx: Db, variant: LoadedVariant, data: CheckData) {
  let errorCount = 0;
  let warningCount = 0;
  for (const vb of variant.blocks) {
    const counts = countFindings(await findingsForBlock(variant, vb, effectiveTarget(vb), data));
    errorCount += counts.errorCount;
    warningCount += counts.warningCount;
    if (counts.errorCount !== vb.errorCount || counts.warningCount !== vb.warningCount) {
      await tx.variantBlock.update({ where: { id: vb.id }, data: counts });
    }
  }
  if (errorCount !== variant.errorCount || warningCount !== variant.warningCount) {
    await tx.variant.update({ where: { id: variant.id }, data: { errorCount, warningCount } });
  }
  return { errorCount, warningCount };
}
