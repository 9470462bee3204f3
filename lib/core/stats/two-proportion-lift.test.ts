import { describe, expect, it } from "vitest";
import { twoProportionLift, type TwoProportionLift, type TwoProportionLiftInput } from "./two-proportion-lift";

function run(input: TwoProportionLiftInput): TwoProportionLift {
  const outcome = twoProportionLift(input);
  if (!outcome.ok) throw new Error(`unexpected problem ${outcome.problem.code}`);
  return outcome.value;
}

const close = (actual: number | null | undefined, expected: number, rel = 1e-12) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-18);

// Reference values: python3 with statistics.NormalDist (z = inv_cdf(0.975)) and math.erfc for the p-value.
describe("twoProportionLift", () => {
  it("10 000 vs 10 000 users, 620 vs 550 conversions", () => {
    const r = run({ exposed: { users: 10000, conversions: 620 }, holdout: { users: 10000, conversions: 550 } });
    close(r.exposedRate, 0.062);
    close(r.holdoutRate, 0.055);
    close(r.absoluteLift!.estimate, 0.007);
    close(r.absoluteLift!.standardError, 0.0033185991020308553);
    close(r.absoluteLift!.ci.lower, 0.0004956652808925602, 1e-10);
    close(r.absoluteLift!.ci.upper, 0.013504334719107438, 1e-12);
    close(r.zStatistic, 2.109089195923521);
    close(r.pValue, 0.034936883256674614, 1e-11);
    close(r.relativeLift!.estimate, 0.1272727272727272);
    close(r.relativeLift!.ci!.lower, 0.008426993199206034, 1e-10);
    close(r.relativeLift!.ci!.upper, 0.260124739046794, 1e-12);
    expect(r.conclusive).toBe(true);
    expect(r.explanation).toBe("LIFT_POSITIVE_SIGNIFICANT");
  });

  it("unequal group sizes", () => {
    const r = run({ exposed: { users: 5000, conversions: 300 }, holdout: { users: 4000, conversions: 200 } });
    close(r.absoluteLift!.ci.lower, 0.0005687233635539822, 1e-10);
    close(r.absoluteLift!.ci.upper, 0.019431276636446008, 1e-12);
    close(r.pValue, 0.0395917632366905, 1e-11);
    close(r.relativeLift!.ci!.lower, 0.00833454588225413, 1e-10);
    close(r.relativeLift!.ci!.upper, 0.42809745622674766, 1e-12);
  });

  it("negative significant lift flips sign and explanation", () => {
    const r = run({ exposed: { users: 10000, conversions: 550 }, holdout: { users: 10000, conversions: 620 } });
    close(r.absoluteLift!.estimate, -0.007);
    close(r.pValue, 0.034936883256674614, 1e-11);
    expect(r.explanation).toBe("LIFT_NEGATIVE_SIGNIFICANT");
    expect(r.conclusive).toBe(true);
  });

  it("huge samples (10^8 users per group) stay accurate", () => {
    const r = run({ exposed: { users: 1e8, conversions: 5_010_000 }, holdout: { users: 1e8, conversions: 5_000_000 } });
    close(r.absoluteLift!.estimate, 1e-4, 1e-9);
    close(r.absoluteLift!.ci.lower, 3.9561247461147476e-5, 1e-8);
    close(r.pValue, 0.0011832273641641897, 1e-8);
    close(r.relativeLift!.ci!.upper, 0.003210714148464744, 1e-9);
    expect(r.explanation).toBe("LIFT_POSITIVE_SIGNIFICANT");
  });

  it("identical groups: lift 0, p = 1, inconclusive", () => {
    const r = run({ exposed: { users: 8000, conversions: 400 }, holdout: { users: 8000, conversions: 400 } });
    expect(r.absoluteLift!.estimate).toBe(0);
    expect(r.zStatistic).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.relativeLift!.estimate).toBe(0);
    expect(r.conclusive).toBe(false);
    expect(r.explanation).toBe("INCONCLUSIVE_CI_INCLUDES_ZERO");
  });

  it("a real but noisy difference is inconclusive", () => {
    const r = run({ exposed: { users: 1000, conversions: 60 }, holdout: { users: 1000, conversions: 50 } });
    expect(r.absoluteLift!.ci.lower).toBeLessThan(0);
    expect(r.pValue!).toBeGreaterThan(0.05);
    expect(r.explanation).toBe("INCONCLUSIVE_CI_INCLUDES_ZERO");
  });

  it("zero conversions in both groups: no division by zero, p = 1, too small", () => {
    const r = run({ exposed: { users: 500, conversions: 0 }, holdout: { users: 500, conversions: 0 } });
    expect(r.absoluteLift!.estimate).toBe(0);
    expect(r.absoluteLift!.ci).toEqual({ lower: 0, upper: 0 });
    expect(r.zStatistic).toBeNull();
    expect(r.pValue).toBe(1);
    expect(r.relativeLift).toBeNull();
    expect(r.explanation).toBe("SAMPLE_TOO_SMALL");
    expect(r.conclusive).toBe(false);
  });

  it("holdout without conversions has no relative lift; exposed without conversions has no relative CI", () => {
    expect(run({ exposed: { users: 500, conversions: 12 }, holdout: { users: 500, conversions: 0 } }).relativeLift).toBeNull();
    const r = run({ exposed: { users: 500, conversions: 0 }, holdout: { users: 500, conversions: 12 } });
    expect(r.relativeLift).toEqual({ estimate: -1, ci: null });
  });

  it("tiny samples are never conclusive even with a huge observed lift", () => {
    const r = run({ exposed: { users: 20, conversions: 15 }, holdout: { users: 20, conversions: 2 } });
    expect(r.absoluteLift!.ci.lower).toBeGreaterThan(0);
    expect(r.explanation).toBe("SAMPLE_TOO_SMALL");
    expect(r.conclusive).toBe(false);
  });

  it("sample rule uses expected counts under the pooled rate (boundary at 10)", () => {
    // pooled rate 0.01 → expected conversions 10 per group: allowed.
    const ok = run({ exposed: { users: 1000, conversions: 15 }, holdout: { users: 1000, conversions: 5 } });
    expect(ok.explanation).not.toBe("SAMPLE_TOO_SMALL");
    // pooled rate 19/2000 → 9.5 expected per group: too small.
    const small = run({ exposed: { users: 1000, conversions: 15 }, holdout: { users: 1000, conversions: 4 } });
    expect(small.explanation).toBe("SAMPLE_TOO_SMALL");
    // also applies to non-conversions (rates near 100%).
    const high = run({ exposed: { users: 1000, conversions: 996 }, holdout: { users: 1000, conversions: 990 } });
    expect(high.explanation).toBe("SAMPLE_TOO_SMALL");
  });

  it("no holdout (missing, null or 0 users)", () => {
    for (const holdout of [undefined, null, { users: 0, conversions: 0 }]) {
      const r = run({ exposed: { users: 100, conversions: 7 }, holdout });
      expect(r).toMatchObject({ exposedRate: 0.07, holdoutRate: null, absoluteLift: null, pValue: null, conclusive: false, explanation: "NO_HOLDOUT" });
    }
  });

  it("a 90% confidence level narrows the interval", () => {
    const input = { exposed: { users: 10000, conversions: 620 }, holdout: { users: 10000, conversions: 550 } };
    const wide = run(input).absoluteLift!.ci;
    const narrow = run({ ...input, confidenceLevel: 0.9 }).absoluteLift!.ci;
    close(narrow.upper - 0.007, 1.6448536269514722 * 0.0033185991020308553, 1e-12);
    expect(narrow.upper).toBeLessThan(wide.upper);
  });

  it.each([
    [{ exposed: { users: 100, conversions: 101 }, holdout: { users: 100, conversions: 5 } }, "STATS_CONVERSIONS_EXCEED_USERS", "exposed.conversions"],
    [{ exposed: { users: 100, conversions: 10 }, holdout: { users: 100, conversions: 200 } }, "STATS_CONVERSIONS_EXCEED_USERS", "holdout.conversions"],
    [{ exposed: { users: -1, conversions: 0 } }, "STATS_INVALID_COUNT", "exposed.users"],
    [{ exposed: { users: 10.5, conversions: 1 } }, "STATS_INVALID_COUNT", "exposed.users"],
    [{ exposed: { users: 10, conversions: NaN } }, "STATS_INVALID_COUNT", "exposed.conversions"],
    [{ exposed: { users: 0, conversions: 0 } }, "STATS_EMPTY_EXPOSED_GROUP", "exposed.users"],
    [{ exposed: { users: 10, conversions: 1 }, confidenceLevel: 1 }, "STATS_INVALID_PARAMETER", "confidenceLevel"],
  ] as const)("rejects bad input %#", (input, code, field) => {
    const outcome = twoProportionLift(input as TwoProportionLiftInput);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatchObject({ code, field });
  });
});
