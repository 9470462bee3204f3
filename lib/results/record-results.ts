// Records one or many results for a variant, in one transaction, with one audit event per
// result. Used by the form (one), the CSV import and the API (many).
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { loadResultVariant } from "./load-result-variant";
import { resultSchema, type Result } from "./result.schemas";
import { recordResultSchema } from "./results.schemas";
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

export async function recordResults(
  actor: Actor,
  input: { variantId: string; results: unknown[]; source?: "form" | "csv" | "api" },
  tx?: Db,
) {
  const results = input.results.map((r) => resultSchema.parse(r));
  const run = async (t: Db) => {
    const variant = await loadResultVariant(t, actor, input.variantId, "record");
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
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}

export async function recordResult(actor: Actor, input: unknown) {
  const data = recordResultSchema.parse(input);
  const [stored] = await recordResults(actor, { variantId: data.variantId, results: [data.result], source: "form" });
  return stored!;
}
