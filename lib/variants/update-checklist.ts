// The approver records the cultural review checklist (merged item by item) before approving.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canReviewVariant } from "@/lib/permissions/variants";
import { isChecklistComplete, mergeChecklist, readChecklist, type Checklist } from "./checklist";
import { loadVariant } from "./load-variant";
import { updateChecklistSchema } from "./variant.schemas";

export async function updateChecklist(actor: Actor, input: unknown) {
  const data = updateChecklistSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const variant = await loadVariant(tx, actor, data.variantId);
    requireAllowed(canReviewVariant(actor, variant));
    const before = readChecklist(variant.checklist);
    const after = mergeChecklist(variant.checklist, data.checklist as Checklist);
    await tx.variant.update({ where: { id: variant.id }, data: { checklist: after as unknown as Prisma.InputJsonValue } });
    await recordAudit(
      { actor, action: "variant.checklist", entityType: "variant", entityId: variant.id, marketId: variant.marketId, before, after },
      tx,
    );
    return { checklist: after, complete: isChecklistComplete(after) };
  });
}
