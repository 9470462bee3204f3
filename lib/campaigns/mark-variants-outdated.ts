// After HQ changes a published block's source: every variant block based on an older source
// version is flagged outdated (its target text is never touched), and each affected variant moves
// per stateAfterSourceChange (approved/published/in review → outdated). The variants.outdated
// event tells assignees and fires the variant.outdated webhooks. Runs in the caller's transaction.
import type { Db } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { stateAfterSourceChange, VARIANT_STATES, type VariantState } from "@/lib/core/workflow/variant-state-machine";

export async function markVariantsOutdated(
  db: Db,
  block: { id: string; key: string; sourceVersion: number; campaignId: string; campaignName: string },
): Promise<{ variantIds: string[] }> {
  const affected = await db.variantBlock.findMany({
    where: { blockId: block.id, basedOnSourceVersion: { lt: block.sourceVersion }, variant: { state: { not: "archived" } } },
    select: { variantId: true, variant: { select: { id: true, state: true, assigneeId: true, locale: true, market: { select: { code: true } } } } },
  });
  if (affected.length === 0) return { variantIds: [] };
  await db.variantBlock.updateMany({
    where: { blockId: block.id, variantId: { in: affected.map((a) => a.variantId) } },
    data: { outdated: true },
  });
  // A re-approval after a source change needs a fresh cultural checklist.
  await db.variant.updateMany({ where: { id: { in: [...new Set(affected.map((a) => a.variantId))] } }, data: { checklist: {} } });
  for (const state of VARIANT_STATES) {
    const next: VariantState = stateAfterSourceChange(state);
    if (next === state) continue;
    const ids = affected.filter((a) => a.variant.state === state).map((a) => a.variantId);
    if (ids.length) await db.variant.updateMany({ where: { id: { in: ids }, state }, data: { state: next } });
  }
  const variants = affected.map((a) => a.variant);
  await emit(db, {
    type: "variants.outdated",
    payload: {
      campaignId: block.campaignId,
      campaignName: block.campaignName,
      blockId: block.id,
      blockKey: block.key,
      sourceVersion: block.sourceVersion,
      variants: variants.map((v) => ({
        id: v.id,
        market: v.market.code,
        locale: v.locale,
        assigneeId: v.assigneeId,
        previousState: v.state,
        state: stateAfterSourceChange(v.state),
      })),
    },
  });
  return { variantIds: variants.map((v) => v.id) };
}
