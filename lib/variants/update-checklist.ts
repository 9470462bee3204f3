// The approver records the cultural review checklist (merged item by item) before approving.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEverReviewVariants } from "@/lib/permissions/variants";
import { isChecklistComplete, mergeChecklist, readChecklist, type Checklist } from "./checklist";
import { loadVariantHeader } from "./load-variant";
import { updateChecklistSchema } from "./variant.schemas";

export const updateChecklist = defineOperation({
  name: "variant.checklist",
  input: updateChecklistSchema,
  authorize: canEverReviewVariants,
  run: async ({ actor, input: data, tx }) => {
    const variant = await loadVariantHeader(actor, data.variantId, "review", tx);
    const before = readChecklist(variant.checklist);
    const after = mergeChecklist(variant.checklist, data.checklist as Checklist);
    await tx.variant.update({ where: { id: variant.id }, data: { checklist: after as unknown as Prisma.InputJsonValue } });
    await recordAudit(
      { actor, action: "variant.checklist", entityType: "variant", entityId: variant.id, marketId: variant.marketId, before, after },
      tx,
    );
    return { checklist: after, complete: isChecklistComplete(after) };
  },
});
