import { checkLiftInput } from "./check-lift-input";
import { explainInterval, isConclusive, relativeLiftInterval, type Interval, type LiftExplanationCode } from "./lift-explanation";
import { statsProblem, type StatsOutcome } from "./stats-problem";
import { studentTTwoSidedP } from "./student-t-cdf";
import { studentTQuantile } from "./student-t-quantile";

/**
 * Lift of a per-user mean (e.g. revenue per user): Welch's unequal-variance t.
 *
 * Formulas (m = mean, s = sd, n = users; 1 = exposed, 0 = holdout):
 * - d = m₁ − m₀, vᵢ = sᵢ²/nᵢ, SE = √(v₁ + v₀)
 * - Welch–Satterthwaite df ν = (v₁ + v₀)² / (v₁²/(n₁−1) + v₀²/(n₀−1))
 * - CI d ± t_{ν, 1−α/2}·SE; p = P(|T_ν| ≥ |d|/SE), two-sided.
 * - relative lift m₁/m₀ − 1 (only when m₀ > 0); CI by the delta method on the
 *   log ratio, SE(ln) = √(v₁/m₁² + v₀/m₀²), same t quantile — only when both means > 0.
 * - conclusive ⇔ both groups have ≥ MIN_USERS_FOR_MEANS users (CLT rule of
 *   thumb for skewed per-user values) and the CI of d excludes 0.
 * - sd = 0 in both groups means no variability was reported: SE = 0, df
 *   undefined; we return ZERO_VARIANCE (never conclusive) rather than claim certainty.
 */

export const MIN_USERS_FOR_MEANS = 30;

export type MeanGroup = { users: number; mean: number; sd: number };

export type WelchLiftInput = {
  exposed: MeanGroup;
  holdout?: MeanGroup | null;
  confidenceLevel?: number;
};

export type WelchLift = {
  exposedMean: number;
  holdoutMean: number | null;
  difference: { estimate: number; standardError: number | null; ci: Interval | null } | null;
  degreesOfFreedom: number | null;
  tStatistic: number | null;
  pValue: number | null;
  relativeLift: { estimate: number; ci: Interval | null } | null;
  conclusive: boolean;
  explanation: LiftExplanationCode;
};

function checkGroup(group: MeanGroup, field: string): StatsOutcome<MeanGroup> {
  if (!Number.isSafeInteger(group?.users) || group.users < 0) {
    return statsProblem("STATS_INVALID_COUNT", `${field}.users`, `${field}.users must be a whole number ≥ 0.`);
  }
  if (typeof group.mean !== "number" || !Number.isFinite(group.mean)) {
    return statsProblem("STATS_INVALID_NUMBER", `${field}.mean`, `${field}.mean must be a finite number.`);
  }
  if (typeof group.sd !== "number" || !Number.isFinite(group.sd) || group.sd < 0) {
    return statsProblem("STATS_INVALID_SD", `${field}.sd`, `${field}.sd must be a finite number ≥ 0.`);
  }
  return { ok: true, value: group };
}

export function welchLift(input: WelchLiftInput): StatsOutcome<WelchLift> {
  const checked = checkLiftInput(input, checkGroup);
  if (!checked.ok) return checked;
  const confidence = checked.value;

  const { users: n1, mean: m1, sd: s1 } = input.exposed;
  const empty: WelchLift = {
    exposedMean: m1,
    holdoutMean: null,
    difference: null,
    degreesOfFreedom: null,
    tStatistic: null,
    pValue: null,
    relativeLift: null,
    conclusive: false,
    explanation: "NO_HOLDOUT",
  };
  if (!input.holdout || input.holdout.users === 0) return { ok: true, value: empty };

  const { users: n0, mean: m0, sd: s0 } = input.holdout;
  const estimate = m1 - m0;
  const relativeEstimate = m0 > 0 ? m1 / m0 - 1 : null;
  const base = { ...empty, holdoutMean: m0 };

  if (n1 < 2 || n0 < 2) {
    // Variance (and df) undefined with a single user.
    return {
      ok: true,
      value: {
        ...base,
        difference: { estimate, standardError: null, ci: null },
        relativeLift: relativeEstimate === null ? null : { estimate: relativeEstimate, ci: null },
        explanation: "SAMPLE_TOO_SMALL",
      },
    };
  }

  const v1 = (s1 * s1) / n1;
  const v0 = (s0 * s0) / n0;
  const standardError = Math.sqrt(v1 + v0);
  if (standardError === 0) {
    return {
      ok: true,
      value: {
        ...base,
        difference: { estimate, standardError: 0, ci: { lower: estimate, upper: estimate } },
        pValue: estimate === 0 ? 1 : 0,
        relativeLift: relativeEstimate === null ? null : { estimate: relativeEstimate, ci: null },
        explanation: "ZERO_VARIANCE",
      },
    };
  }

  const df = (v1 + v0) ** 2 / ((v1 * v1) / (n1 - 1) + (v0 * v0) / (n0 - 1));
  const q = studentTQuantile(1 - (1 - confidence) / 2, df);
  const ci = { lower: estimate - q * standardError, upper: estimate + q * standardError };
  const tStatistic = estimate / standardError;
  const pValue = Math.min(1, studentTTwoSidedP(tStatistic, df));

  let relativeLift: WelchLift["relativeLift"] = null;
  if (relativeEstimate !== null) {
    const relativeCi = m1 > 0 ? relativeLiftInterval(m1 / m0, Math.sqrt(v1 / (m1 * m1) + v0 / (m0 * m0)), q) : null;
    relativeLift = { estimate: relativeEstimate, ci: relativeCi };
  }

  const explanation: LiftExplanationCode = n1 >= MIN_USERS_FOR_MEANS && n0 >= MIN_USERS_FOR_MEANS ? explainInterval(ci) : "SAMPLE_TOO_SMALL";
  return {
    ok: true,
    value: {
      ...base,
      difference: { estimate, standardError, ci },
      degreesOfFreedom: df,
      tStatistic,
      pValue,
      relativeLift,
      conclusive: isConclusive(explanation),
      explanation,
    },
  };
}
