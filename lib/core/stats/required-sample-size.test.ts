import { describe, expect, it } from "vitest";
import { additionalUsersNeeded, requiredSampleSizeForMeans, requiredSampleSizeForProportions } from "./required-sample-size";

function value<T>(outcome: { ok: true; value: T } | { ok: false; problem: { code: string } }): T {
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.value;
}

describe("requiredSampleSizeForProportions", () => {
  // Reference: R power.prop.test(p1 = .1, p2 = .12, power = .8) → n = 3840.847 per group;
  // recomputed in python3 with NormalDist: 3840.847482436276, 57.67343673890836, 31233.437940130025.
  it("10% → 12% (absolute +0.02) needs 3 841 per group", () => {
    const r = value(requiredSampleSizeForProportions({ baselineRate: 0.1, minimumDetectableEffect: 0.02, effectType: "absolute" }));
    expect(r.usersPerGroup).toBe(3841);
    expect(r.targetRate).toBeCloseTo(0.12, 15);
  });

  it("relative effect: 10% of a 5% baseline (5% → 5.5%) needs 31 234 per group", () => {
    const r = value(requiredSampleSizeForProportions({ baselineRate: 0.05, minimumDetectableEffect: 0.1, effectType: "relative" }));
    expect(r.usersPerGroup).toBe(31234);
    expect(r.absoluteEffect).toBeCloseTo(0.005, 15);
  });

  it("50% → 75% needs 58; detecting a drop is symmetric", () => {
    expect(value(requiredSampleSizeForProportions({ baselineRate: 0.5, minimumDetectableEffect: 0.25, effectType: "absolute" })).usersPerGroup).toBe(58);
    expect(value(requiredSampleSizeForProportions({ baselineRate: 0.75, minimumDetectableEffect: -0.25, effectType: "absolute" })).usersPerGroup).toBe(58);
  });

  it("higher power and lower alpha need more users", () => {
    const base = { baselineRate: 0.1, minimumDetectableEffect: 0.02, effectType: "absolute" as const };
    const n = value(requiredSampleSizeForProportions(base)).usersPerGroup;
    expect(value(requiredSampleSizeForProportions({ ...base, power: 0.9 })).usersPerGroup).toBeGreaterThan(n);
    expect(value(requiredSampleSizeForProportions({ ...base, alpha: 0.01 })).usersPerGroup).toBeGreaterThan(n);
  });

  it.each([
    [{ baselineRate: 0.9, minimumDetectableEffect: 0.2, effectType: "absolute" }, "STATS_TARGET_RATE_OUT_OF_RANGE"],
    [{ baselineRate: 0.1, minimumDetectableEffect: 0, effectType: "absolute" }, "STATS_INVALID_PARAMETER"],
    [{ baselineRate: 0, minimumDetectableEffect: 0.1, effectType: "absolute" }, "STATS_INVALID_PARAMETER"],
    [{ baselineRate: 0.1, minimumDetectableEffect: 0.01, effectType: "absolute", power: 1 }, "STATS_INVALID_PARAMETER"],
  ] as const)("rejects %#", (input, code) => {
    const outcome = requiredSampleSizeForProportions(input);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.code).toBe(code);
  });
});

describe("requiredSampleSizeForMeans", () => {
  // Reference: R power.t.test(delta = 1, sd = 1, power = .8) → n = 16.71477 (17);
  // power.t.test(delta = .5, sd = 1, power = .8) → 63.76576 (64). Our formula (python3): 16.658…, 63.751….
  it("matches R power.t.test after rounding up", () => {
    expect(value(requiredSampleSizeForMeans({ sd: 1, minimumDetectableEffect: 1, effectType: "absolute" })).usersPerGroup).toBe(17);
    expect(value(requiredSampleSizeForMeans({ sd: 1, minimumDetectableEffect: 0.5, effectType: "absolute" })).usersPerGroup).toBe(64);
  });

  it("relative effect uses the baseline mean", () => {
    // sd 20, baseline 50, 2% → δ = 1: 2·400·7.849/1 + 0.96 = 6280.06 → 6281
    const r = value(requiredSampleSizeForMeans({ sd: 20, minimumDetectableEffect: 0.02, effectType: "relative", baselineMean: 50 }));
    expect(r.usersPerGroup).toBe(6281);
    expect(r.absoluteEffect).toBeCloseTo(1, 12);
  });

  it("rejects missing baseline for relative effects and non-positive sd", () => {
    const noBaseline = requiredSampleSizeForMeans({ sd: 2, minimumDetectableEffect: 0.1, effectType: "relative" });
    expect(noBaseline.ok || noBaseline.problem.code).toBe("STATS_INVALID_PARAMETER");
    const zeroSd = requiredSampleSizeForMeans({ sd: 0, minimumDetectableEffect: 1, effectType: "absolute" });
    expect(zeroSd.ok || zeroSd.problem.code).toBe("STATS_INVALID_SD");
  });
});

describe("additionalUsersNeeded", () => {
  it("reports the shortfall per group", () => {
    expect(additionalUsersNeeded(3841, { exposed: 3000, holdout: 1000 })).toEqual({ exposed: 841, holdout: 2841, total: 3682, enough: false });
  });
  it("is zero when both groups are large enough", () => {
    expect(additionalUsersNeeded(3841, { exposed: 5000, holdout: 3841 })).toEqual({ exposed: 0, holdout: 0, total: 0, enough: true });
  });
});
