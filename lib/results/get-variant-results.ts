// The results page of one variant: every recorded result, newest period first, with its lift.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canRecordResult } from "@/lib/permissions/results";
import { loadResultVariant } from "./load-result-variant";
import { resultRowSelect, toApiResult } from "./to-api-result";

export async function getVariantResults(actor: Actor, variantId: string, options: { minimumDetectableEffect?: number } = {}) {
  const db = await getDb();
  const variant = await loadResultVariant(actor, variantId, "view", db);
  const rows = await db.result.findMany({
    where: { variantId },
    orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }],
    select: resultRowSelect,
  });
  return {
    variant,
    canRecord: canRecordResult(actor, variant),
    results: rows.map((row) => toApiResult(row, options)),
  };
}
