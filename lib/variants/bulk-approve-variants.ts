// Approves several clean variants (no errors, checklist complete) and reports per variant. Each
// approval is its own transaction, so one refusal does not undo the others.
import { AppError, toAppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEverReviewVariants, variantWhereForActor } from "@/lib/permissions/variants";
import { isChecklistComplete } from "./checklist";
import { transitionVariant } from "./transition-variant";
import { bulkApproveSchema } from "./variant.schemas";

export type BulkApproveResult = { variantId: string; ok: true; state: string } | { variantId: string; ok: false; code: string };

export const bulkApproveVariants = defineOperation({
  name: "variant.bulkApprove",
  input: bulkApproveSchema,
  authorize: canEverReviewVariants,
  transaction: false,
  run: async ({ actor, input: { variantIds }, tx: db }): Promise<BulkApproveResult[]> => {
    const visible = await db.variant.findMany({
      where: { AND: [variantWhereForActor(actor), { id: { in: variantIds } }] },
      select: { id: true, errorCount: true, checklist: true },
    });
    const byId = new Map(visible.map((v) => [v.id, v]));
    const results: BulkApproveResult[] = [];
    for (const variantId of [...new Set(variantIds)]) {
      const v = byId.get(variantId);
      try {
        if (!v) throw new AppError("NOT_FOUND");
        if (v.errorCount > 0) throw new AppError("VARIANT_HAS_ERRORS");
        if (!isChecklistComplete(v.checklist)) throw new AppError("CHECKLIST_INCOMPLETE");
        // No `tx`: each approval commits on its own.
        const done = await transitionVariant(actor, { variantId, to: "approved" });
        results.push({ variantId, ok: true, state: done.state });
      } catch (error) {
        results.push({ variantId, ok: false, code: toAppError(error).code });
      }
    }
    return results;
  },
});
