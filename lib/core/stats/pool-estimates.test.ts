import { describe, expect, it } from "vitest";
import { poolEstimates, type MarketEstimate, type PoolResult } from "./pool-estimates";

function run(items: MarketEstimate[], options = {}): PoolResult {
  const outcome = poolEstimates(items, options);
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.value;
}
const close = (actual: number | null | undefined, expected: number, rel = 1e-12) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-18);

// Reference values computed by hand-written formulas in python3 (NormalDist for z;
// df = 2 chi-square tail is exactly exp(−Q/2); df = 3 tail = erfc(√(Q/2)) + √(2Q/π)·e^(−Q/2)).
describe("poolEstimates", () => {
  const heterogeneousMarkets = [
    { key: "DE", estimate: 0.02, se: 0.008 },
    { key: "FR", estimate: 0.035, se: 0.01 },
    { key: "JP", estimate: 0.01, se: 0.006 },
  ];

  it("fixed effect, Cochran's Q, I² and DerSimonian–Laird for three markets", () => {
    const r = run(heterogeneousMarkets);
    close(r.fixedEffect.estimate, 0.017607282184655397);
    close(r.fixedEffect.standardError, 0.004327310675847713);
    close(r.fixedEffect.ci.lower, 0.009125909110078202, 1e-12);
    close(r.fixedEffect.ci.upper, 0.026088655259232593, 1e-12);
    close(r.q, 4.722041612483746, 1e-12);
    expect(r.degreesOfFreedom).toBe(2);
    close(r.qPValue, 0.09432388762144807, 1e-12);
    close(r.iSquared, 0.5764543889845096, 1e-12);
    expect(r.heterogeneous).toBe(true);
    close(r.randomEffects.tau2, 8.373000000000003e-5, 1e-10);
    close(r.randomEffects.estimate, 0.01990859186536045, 1e-12);
    close(r.randomEffects.standardError, 0.006973425973928304, 1e-12);
    close(r.randomEffects.ci.upper, 0.03357625562311607, 1e-12);
    close(r.weights.reduce((a, b) => a + b, 0), 1, 1e-15);
  });

  it("consistent markets: low Q, I² = 0, random = fixed", () => {
    const r = run([
      { estimate: 0.02, se: 0.005 },
      { estimate: 0.021, se: 0.006 },
      { estimate: 0.019, se: 0.004 },
      { estimate: 0.0205, se: 0.007 },
    ]);
    close(r.fixedEffect.estimate, 0.019837289793461495);
    close(r.fixedEffect.standardError, 0.0025761054278407966);
    close(r.q, 0.09139046687483557, 1e-10);
    close(r.qPValue, 0.9928501954298403, 1e-12);
    expect(r.iSquared).toBe(0);
    expect(r.heterogeneous).toBe(false);
    expect(r.randomEffects.tau2).toBe(0);
    close(r.randomEffects.estimate, r.fixedEffect.estimate, 1e-15);
  });

  it("identical estimates: Q = 0, p = 1", () => {
    const r = run([
      { estimate: 0.01, se: 0.002 },
      { estimate: 0.01, se: 0.004 },
    ]);
    expect(r.q).toBe(0);
    expect(r.qPValue).toBe(1);
    expect(r.iSquared).toBe(0);
    expect(r.heterogeneous).toBe(false);
  });

  it("a single market passes through unchanged", () => {
    const r = run([{ estimate: 0.03, se: 0.01 }]);
    close(r.fixedEffect.estimate, 0.03);
    close(r.fixedEffect.standardError, 0.01);
    expect(r.qPValue).toBeNull();
    expect(r.heterogeneous).toBe(false);
  });

  it("thresholds are configurable (Q p = 0.094 is not < 0.05; I² 57.6% is not > 60%)", () => {
    expect(run(heterogeneousMarkets, { qPValueThreshold: 0.05, iSquaredThreshold: 0.6 }).heterogeneous).toBe(false);
  });

  it.each([
    [[], "STATS_NO_ESTIMATES"],
    [[{ estimate: 0.1, se: 0 }], "STATS_INVALID_SE"],
    [[{ estimate: 0.1, se: -1 }], "STATS_INVALID_SE"],
    [[{ estimate: NaN, se: 0.1 }], "STATS_INVALID_NUMBER"],
  ] as const)("rejects %#", (items, code) => {
    const outcome = poolEstimates(items as unknown as MarketEstimate[]);
    expect(outcome.ok || outcome.problem.code).toBe(code);
  });
});
