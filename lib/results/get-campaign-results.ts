// Results across markets for one campaign: per metric, each visible market's latest result with
// its lift and interval, and the inverse-variance pooled estimate of the absolute lift with the
// heterogeneity figures (I², Cochran's Q p-value) so the page can say when markets disagree.
import { loadCampaign } from "@/lib/campaigns/load-campaign";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { resultVariantWhereForActor } from "@/lib/permissions/results";
import { poolEstimates } from "@/lib/core/stats/pool-estimates";
import { resultRowSelect, toApiResult, type ApiResult } from "./to-api-result";

export interface CampaignMarketResult {
  marketCode: string;
  marketName: string;
  variantId: string;
  locale: string;
  result: ApiResult;
}

export interface CampaignMetricResults {
  metric: string;
  kind: "rate" | "mean";
  markets: CampaignMarketResult[];
  /** Inverse-variance (fixed effect) pool of markets with a holdout; null when none qualifies. */
  pooled: {
    estimate: number;
    standardError: number;
    ci: { lower: number; upper: number };
    pValue: number;
    marketsPooled: number;
    iSquared: number;
    qPValue: number | null;
    heterogeneous: boolean;
    randomEffects: { estimate: number; ci: { lower: number; upper: number }; tau2: number };
  } | null;
}

export async function getCampaignResults(actor: Actor, campaignId: string, options: { minimumDetectableEffect?: number } = {}) {
  const db = await getDb();
  const campaign = await loadCampaign(actor, campaignId, "view", db);
  const rows = await db.result.findMany({
    where: { variant: { AND: [{ campaignId }, resultVariantWhereForActor(actor)] } },
    orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }],
    select: {
      ...resultRowSelect,
      variant: { select: { id: true, locale: true, market: { select: { code: true, name: true } } } },
    },
  });
  // Latest result per (metric, kind, variant).
  const byMetric = new Map<string, CampaignMetricResults>();
  const seen = new Set<string>();
  for (const row of rows) {
    const metricKey = `${row.metric.trim().toLowerCase()}|${row.kind}`;
    const variantKey = `${metricKey}|${row.variantId}`;
    if (seen.has(variantKey)) continue;
    seen.add(variantKey);
    let entry = byMetric.get(metricKey);
    if (!entry) {
      entry = { metric: row.metric, kind: row.kind === "mean" ? "mean" : "rate", markets: [], pooled: null };
      byMetric.set(metricKey, entry);
    }
    entry.markets.push({
      marketCode: row.variant.market.code,
      marketName: row.variant.market.name,
      variantId: row.variant.id,
      locale: row.variant.locale,
      result: toApiResult(row, options),
    });
  }
  const metrics = [...byMetric.values()].sort((a, b) => a.metric.localeCompare(b.metric));
  for (const entry of metrics) {
    entry.markets.sort((a, b) => a.marketCode.localeCompare(b.marketCode) || a.locale.localeCompare(b.locale));
    const estimates = entry.markets.flatMap((m) => {
      const abs = m.result.lift.absolute;
      return abs && abs.standardError && abs.standardError > 0 ? [{ key: m.marketCode, estimate: abs.estimate, se: abs.standardError }] : [];
    });
    const pooled = estimates.length ? poolEstimates(estimates) : null;
    if (pooled?.ok) {
      const p = pooled.value;
      entry.pooled = {
        ...p.fixedEffect,
        marketsPooled: estimates.length,
        iSquared: p.iSquared,
        qPValue: p.qPValue,
        heterogeneous: p.heterogeneous,
        randomEffects: { estimate: p.randomEffects.estimate, ci: p.randomEffects.ci, tau2: p.randomEffects.tau2 },
      };
    }
  }
  return { campaign: { id: campaign.id, name: campaign.name }, metrics };
}
