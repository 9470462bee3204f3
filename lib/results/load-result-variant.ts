// Loads the variant a result belongs to and applies the results rules: invisible → 404,
// visible but not allowed to record → 403.
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { canRecordResult, canViewResults } from "@/lib/permissions/results";

export const resultVariantSelect = {
  id: true,
  marketId: true,
  assigneeId: true,
  campaignId: true,
  locale: true,
  state: true,
  market: { select: { id: true, code: true, name: true } },
  campaign: { select: { id: true, name: true } },
} as const;

export async function loadResultVariant(actor: Actor, variantId: string, need: "view" | "record", tx?: Db) {
  const db = tx ?? (await getDb());
  const variant = await db.variant.findUnique({ where: { id: variantId }, select: resultVariantSelect });
  if (!variant) throw notFound();
  requireVisible(canViewResults(actor, variant));
  if (need === "record") requireAllowed(canRecordResult(actor, variant));
  return variant;
}
