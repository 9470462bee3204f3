// Records one or many results for a variant, in one transaction, with one audit event per
// result. Used by the form (one), the CSV import and the API (many).
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { loadResultVariant } from "./load-result-variant";
import type { Result } from "./result.schemas";
import { recordResultsSchema } from "./results.schemas";
import { resultRowSelect, toApiResult } from "./to-api-result";

function toRow(variantId: string, result: Result, createdById: string) {
  const base = {
    variantId,
    metric: result.metric,
    kind: result.kind,
    periodFrom: new Date(`${result.period.from}T00:00:00Z`),
    periodTo: new Date(`${result.period.to}T00:00:00Z`),
    exposedUsers: result.exposed.users,
    holdoutUsers: result.holdout?.users ?? null,
    createdById,
  };
  if (result.kind === "rate") {
    return { ...base, exposedConversions: result.exposed.conversions, holdoutConversions: result.holdout?.conversions ?? null };
  }
  return {
    ...base,
    exposedMean: result.exposed.mean,
    exposedSd: result.exposed.sd,
    holdoutMean: result.holdout?.mean ?? null,
    holdoutSd: result.holdout?.sd ?? null,
  };
}

export const recordResults = defineOperation({
  name: "result.record",
  input: recordResultsSchema,
  // Role level only: an invisible variant answers 404 before the recording rule answers 403.
  authorize: canWrite,
  run: async ({ actor, input: { results, ...input }, tx: t }) => {
    const variant = await loadResultVariant(actor, input.variantId, "record", t);
    const rows = results.length
      ? await t.result.createManyAndReturn({ data: results.map((r) => toRow(variant.id, r, actor.id)), select: resultRowSelect })
      : [];
    for (const row of rows) {
      await recordAudit(
        {
          actor,
          action: "result.record",
          entityType: "result",
          entityId: row.id,
          marketId: variant.marketId,
          after: toApiResult(row),
          meta: { variantId: variant.id, campaignId: variant.campaignId, source: input.source ?? "api" },
        },
        t,
      );
    }
    return rows.map((row) => toApiResult(row));
  },
});
