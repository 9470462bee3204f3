// Results through the DB operations: recorded lift equals the stats module, CSV import is
// all-or-nothing with line-level problems, the campaign view pools markets and flags disagreement.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { getCampaignResults } from "./get-campaign-results";
import { getVariantResults } from "./get-variant-results";
import { importResultsCsv } from "./import-results-csv";
import { recordResult } from "./record-result";
import { recordResults } from "./record-results";
import { poolEstimates } from "@/lib/core/stats/pool-estimates";
import { requiredSampleSizeForProportions } from "@/lib/core/stats/required-sample-size";
import { twoProportionLift } from "@/lib/core/stats/two-proportion-lift";
import { welchLift } from "@/lib/core/stats/welch-lift";
import { createFactoryCampaign } from "./testing/factory";

setupTestDatabase({ seeded: true });

const actors: Record<string, Actor> = {};
const ids = { campaign: "", de: "", fr: "", jp: "" };
const period = { from: "2026-10-01", to: "2026-10-31" };

beforeAll(async () => {
  const db = await getDb();
  for (const who of ["campaigns", "de.marketer", "jp.marketer", "fr.marketer"]) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
  }
  const m = Object.fromEntries((await db.market.findMany()).map((x) => [x.code, x.id]));
  const c = await createFactoryCampaign(db, {
    name: "Results campaign",
    variants: [{ marketId: m.DE!, locale: "de-DE" }, { marketId: m.FR!, locale: "fr-FR" }, { marketId: m.JP!, locale: "ja-JP" }],
  });
  ids.campaign = c.id;
  [ids.de, ids.fr, ids.jp] = c.variants.map((v) => v.id) as [string, string, string];
});

describe("recording results", () => {
  it("stores a rate result and computes the same lift as the stats module, with an audit event", async () => {
    const exposed = { users: 10000, conversions: 620 };
    const holdout = { users: 10000, conversions: 550 };
    const stored = await recordResult(actors["de.marketer"]!, { variantId: ids.de, result: { metric: "first purchase", kind: "rate", period, exposed, holdout } });
    const expected = twoProportionLift({ exposed, holdout });
    if (!expected.ok) throw new Error("stats");
    expect(stored.lift.absolute).toEqual(expected.value.absoluteLift);
    expect(stored.lift.relative).toEqual(expected.value.relativeLift);
    expect(stored.lift.pValue).toBe(expected.value.pValue);
    expect(stored.lift.explanation).toBe(expected.value.explanation);
    expect(stored.lift.conclusive).toBe(expected.value.conclusive);
    const need = requiredSampleSizeForProportions({ baselineRate: 0.055, minimumDetectableEffect: 0.1, effectType: "relative" });
    expect(need.ok && stored.lift.power?.usersPerGroup).toBe(need.ok && need.value.usersPerGroup);
    expect(stored.lift.power?.additional.total).toBeGreaterThan(0);
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: "result.record", entityId: stored.id } })).toBe(1);
  });

  it("stores a mean result (Welch) and a result without holdout (raw numbers only)", async () => {
    const exposed = { users: 400, mean: 52, sd: 30 };
    const holdout = { users: 400, mean: 47, sd: 28 };
    const [mean, bare] = await recordResults(actors["de.marketer"]!, {
      variantId: ids.de,
      results: [
        { metric: "revenue per user", kind: "mean", period, exposed, holdout },
        { metric: "clicks", kind: "rate", period, exposed: { users: 5000, conversions: 300 } },
      ],
    });
    const expected = welchLift({ exposed, holdout });
    if (!expected.ok) throw new Error("stats");
    expect(mean!.lift.absolute).toEqual(expected.value.difference);
    expect(mean!.lift.pValue).toBe(expected.value.pValue);
    expect(bare!.lift).toMatchObject({ hasHoldout: false, explanation: "NO_HOLDOUT", absolute: null, conclusive: false, exposedValue: 0.06 });
    // A chosen MDE changes the power calculation only.
    const view = await getVariantResults(actors["de.marketer"]!, ids.de, { minimumDetectableEffect: 0.2 });
    expect(view.results).toHaveLength(3);
    expect(view.results.find((r) => r.metric === "first purchase")!.lift.power!.minimumDetectableEffect).toBe(0.2);
  });

  it("imports CSV all-or-nothing: malformed rows are reported by line and nothing is written", async () => {
    const db = await getDb();
    const before = await db.result.count();
    const bad = [
      "metric,kind,period_from,period_to,exposed_users,exposed_conversions,holdout_users,holdout_conversions",
      "signup,rate,2026-10-01,2026-10-31,1000,50,1000,40",
      "signup,rate,2026-11-01,2026-10-31,1000,50,1000,40",
      "signup,rate,2026-09-01,2026-09-30,1000,5000,1000,40",
      "signup,rate,2026-08-01,2026-08-31,1.000,50,,",
    ].join("\n");
    const error = await importResultsCsv(actors["fr.marketer"]!, { variantId: ids.fr, csv: bad }).catch((e) => e);
    expect(error).toMatchObject({ code: "IMPORT_INVALID" });
    const lines = (error.details.problems as { line: number; code: string }[]).map((p) => [p.line, p.code]);
    expect(lines).toEqual(expect.arrayContaining([[3, "RESULT_PERIOD_REVERSED"], [4, "RESULT_CONVERSIONS_EXCEED_USERS"], [5, "RESULTS_CSV_INVALID_NUMBER"]]));
    const wrongMarket = "market,metric,kind,period_from,period_to,exposed_users,exposed_conversions\nDE,signup,rate,2026-10-01,2026-10-31,1000,50";
    await expect(importResultsCsv(actors["fr.marketer"]!, { variantId: ids.fr, csv: wrongMarket })).rejects.toMatchObject({
      code: "IMPORT_INVALID",
      details: { problems: [{ line: 2, code: "RESULTS_CSV_MARKET_MISMATCH" }] },
    });
    expect(await db.result.count()).toBe(before);

    const good = "market,metric,kind,period_from,period_to,exposed_users,exposed_conversions,holdout_users,holdout_conversions\nFR,first purchase,rate,2026-10-01,2026-10-31,8000,440,8000,445\nFR,signup,rate,2026-10-01,2026-10-31,8000,900,8000,800";
    const imported = await importResultsCsv(actors["fr.marketer"]!, { variantId: ids.fr, csv: good });
    expect(imported).toHaveLength(2);
    expect(imported[0]!.lift.explanation).toBe("INCONCLUSIVE_CI_INCLUDES_ZERO");
    expect(await db.result.count()).toBe(before + 2);
  });

  it("pools markets per metric with inverse-variance weights and reports heterogeneity", async () => {
    await recordResult(actors["jp.marketer"]!, {
      variantId: ids.jp,
      result: { metric: "First purchase", kind: "rate", period, exposed: { users: 9000, conversions: 720 }, holdout: { users: 9000, conversions: 540 } },
    });
    const hq = await getCampaignResults(actors.campaigns!, ids.campaign);
    const metric = hq.metrics.find((m) => m.metric.toLowerCase() === "first purchase")!;
    expect(metric.markets.map((m) => m.marketCode)).toEqual(["DE", "FR", "JP"]);
    const expected = poolEstimates(metric.markets.map((m) => ({ estimate: m.result.lift.absolute!.estimate, se: m.result.lift.absolute!.standardError! })));
    if (!expected.ok) throw new Error("stats");
    expect(metric.pooled!.estimate).toBeCloseTo(expected.value.fixedEffect.estimate, 12);
    expect(metric.pooled!.iSquared).toBeCloseTo(expected.value.iSquared, 12);
    expect(metric.pooled!.heterogeneous).toBe(true);
    // Clicks (no holdout) has nothing to pool.
    expect(hq.metrics.find((m) => m.metric === "clicks")!.pooled).toBeNull();
    // A market sees only its own rows.
    const jp = await getCampaignResults(actors["jp.marketer"]!, ids.campaign);
    expect(jp.metrics.flatMap((m) => m.markets.map((x) => x.marketCode))).toEqual(["JP"]);
  });

  it("seeds demo results: JP conclusive positive, US inconclusive, DE without holdout, and two learnings", async () => {
    const db = await getDb();
    const autumn = await db.campaign.findFirst({ where: { name: "Assume Nothing — Autumn launch" }, select: { id: true } });
    expect(autumn).not.toBeNull();
    if (!autumn) return;
    const view = await getCampaignResults(actors.campaigns!, autumn.id);
    const byMarket = Object.fromEntries(view.metrics.flatMap((m) => m.markets).map((m) => [m.marketCode, m.result.lift.explanation]));
    expect(byMarket).toEqual({ DE: "NO_HOLDOUT", JP: "LIFT_POSITIVE_SIGNIFICANT", US: "INCONCLUSIVE_CI_INCLUDES_ZERO" });
    expect((await db.learning.findMany({ where: { campaignId: autumn.id } })).map((l) => l.tags.length > 0)).toEqual([true, true]);
  });
});
