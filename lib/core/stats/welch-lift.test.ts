import { describe, expect, it } from "vitest";
import { welchLift, type WelchLift, type WelchLiftInput } from "./welch-lift";

function run(input: WelchLiftInput): WelchLift {
  const outcome = welchLift(input);
  if (!outcome.ok) throw new Error(`unexpected problem ${outcome.problem.code}`);
  return outcome.value;
}
const close = (actual: number | null | undefined, expected: number, rel = 1e-12) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-18);

describe("welchLift", () => {
  it("equal sizes and sds: df = 2(n−1) = 20, exact t values", () => {
    // Reference: SE = √(2/11); t_{20,0.975} = 2.085963447265864 and p from the exact
    // A&S 26.7.4 finite sum for even ν (python3).
    const r = run({ exposed: { users: 11, mean: 5, sd: 1 }, holdout: { users: 11, mean: 4, sd: 1 } });
    close(r.difference!.estimate, 1);
    close(r.difference!.standardError, 0.4264014327112209);
    close(r.degreesOfFreedom, 20);
    close(r.tStatistic, 2.345207879911715);
    close(r.pValue, 0.02944408976834567, 1e-11);
    close(r.difference!.ci!.lower, 0.11054219750259842, 1e-12);
    close(r.difference!.ci!.upper, 1.8894578024974016, 1e-12);
    close(r.relativeLift!.estimate, 0.25);
    close(r.relativeLift!.ci!.lower, 0.022022980326238395, 1e-11);
    close(r.relativeLift!.ci!.upper, 0.5288305939082083, 1e-12);
    // CI excludes 0 but 11 users per group is below the rule of thumb.
    expect(r.explanation).toBe("SAMPLE_TOO_SMALL");
    expect(r.conclusive).toBe(false);
  });

  it("unequal sizes and sds: fractional Welch–Satterthwaite df", () => {
    // Reference: python3; p by Simpson integration of the t density (n = 200 000 panels).
    const r = run({ exposed: { users: 50, mean: 12.3, sd: 4.1 }, holdout: { users: 60, mean: 10.9, sd: 5.2 } });
    close(r.difference!.standardError, 0.8870550527823325);
    close(r.degreesOfFreedom, 107.69625801379784, 1e-12);
    close(r.tStatistic, 1.5782560457874257, 1e-12);
    close(r.pValue, 0.11743964517804206, 1e-9);
    expect(r.explanation).toBe("INCONCLUSIVE_CI_INCLUDES_ZERO");
  });

  it("significant positive and negative differences", () => {
    const up = run({ exposed: { users: 400, mean: 21, sd: 8 }, holdout: { users: 400, mean: 19, sd: 8 } });
    expect(up.explanation).toBe("LIFT_POSITIVE_SIGNIFICANT");
    expect(up.conclusive).toBe(true);
    const down = run({ exposed: { users: 400, mean: 19, sd: 8 }, holdout: { users: 400, mean: 21, sd: 8 } });
    expect(down.explanation).toBe("LIFT_NEGATIVE_SIGNIFICANT");
    close(down.pValue, up.pValue!, 1e-14);
  });

  it("identical groups: difference 0, p = 1", () => {
    const r = run({ exposed: { users: 300, mean: 7.5, sd: 2 }, holdout: { users: 300, mean: 7.5, sd: 2 } });
    expect(r.difference!.estimate).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.relativeLift!.estimate).toBe(0);
    expect(r.explanation).toBe("INCONCLUSIVE_CI_INCLUDES_ZERO");
  });

  it("huge samples (10^8 users): df ≈ 2·10^8 and the t interval equals the normal one", () => {
    const r = run({ exposed: { users: 1e8, mean: 10.001, sd: 3 }, holdout: { users: 1e8, mean: 10, sd: 3 } });
    const se = Math.sqrt(18 / 1e8);
    close(r.difference!.standardError, se, 1e-12);
    close(r.degreesOfFreedom, 2e8 - 2, 1e-9);
    close(r.difference!.ci!.upper - r.difference!.estimate, 1.959964 * se, 1e-6);
    expect(r.explanation).toBe("LIFT_POSITIVE_SIGNIFICANT");
  });

  it("sd = 0 in one group: df = n − 1 of the other group", () => {
    const r = run({ exposed: { users: 40, mean: 5, sd: 2 }, holdout: { users: 40, mean: 4, sd: 0 } });
    close(r.degreesOfFreedom, 39);
    close(r.difference!.standardError, 2 / Math.sqrt(40));
  });

  it("sd = 0 in both groups is reported as ZERO_VARIANCE, never conclusive", () => {
    const r = run({ exposed: { users: 40, mean: 5, sd: 0 }, holdout: { users: 40, mean: 4, sd: 0 } });
    expect(r.explanation).toBe("ZERO_VARIANCE");
    expect(r.conclusive).toBe(false);
    expect(r.degreesOfFreedom).toBeNull();
    expect(r.difference).toEqual({ estimate: 1, standardError: 0, ci: { lower: 1, upper: 1 } });
    expect(run({ exposed: { users: 40, mean: 5, sd: 0 }, holdout: { users: 40, mean: 5, sd: 0 } }).pValue).toBe(1);
  });

  it("a single user per group: no variance, SAMPLE_TOO_SMALL", () => {
    const r = run({ exposed: { users: 1, mean: 5, sd: 0 }, holdout: { users: 1, mean: 4, sd: 0 } });
    expect(r.explanation).toBe("SAMPLE_TOO_SMALL");
    expect(r.difference!.ci).toBeNull();
  });

  it("relative lift needs a positive holdout mean; its CI needs both means positive", () => {
    expect(run({ exposed: { users: 50, mean: 2, sd: 1 }, holdout: { users: 50, mean: 0, sd: 1 } }).relativeLift).toBeNull();
    expect(run({ exposed: { users: 50, mean: -1, sd: 1 }, holdout: { users: 50, mean: 2, sd: 1 } }).relativeLift).toEqual({ estimate: -1.5, ci: null });
  });

  it("no holdout", () => {
    const r = run({ exposed: { users: 50, mean: 2, sd: 1 } });
    expect(r).toMatchObject({ exposedMean: 2, holdoutMean: null, difference: null, conclusive: false, explanation: "NO_HOLDOUT" });
  });

  it.each([
    [{ exposed: { users: 10, mean: 1, sd: -1 } }, "STATS_INVALID_SD", "exposed.sd"],
    [{ exposed: { users: 10, mean: 1, sd: 1 }, holdout: { users: 10, mean: Infinity, sd: 1 } }, "STATS_INVALID_NUMBER", "holdout.mean"],
    [{ exposed: { users: 2.5, mean: 1, sd: 1 } }, "STATS_INVALID_COUNT", "exposed.users"],
    [{ exposed: { users: 0, mean: 0, sd: 0 } }, "STATS_EMPTY_EXPOSED_GROUP", "exposed.users"],
  ] as const)("rejects bad input %#", (input, code, field) => {
    const outcome = welchLift(input as WelchLiftInput);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatchObject({ code, field });
  });
});
