import { checkLiftInput } from "./check-lift-input";
import { explainInterval, isConclusive, relativeLiftInterval, type Interval, type LiftExplanationCode } from "./lift-explanation";
import { normalUpperTail } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";
import { statsProblem, type StatsOutcome } from "./stats-problem";

/**
 * Lift of a conversion rate: exposed group vs holdout group.
 *
 * Formulas (p₁ = exposed rate, p₀ = holdout rate, z = Φ⁻¹(1 − α/2)):
 * - absolute lift d = p₁ − p₀, CI d ± z·SE, SE = √(p₁(1−p₁)/n₁ + p₀(1−p₀)/n₀) (Wald, unpooled).
 * - p-value: two-sided z-test with pooled SE, p̄ = (c₁+c₀)/(n₁+n₀),
 *   SE₀ = √(p̄(1−p̄)(1/n₁ + 1/n₀)), p = 2·(1 − Φ(|d|/SE₀)); p = 1 when SE₀ = 0.
 * - relative lift r = p₁/p₀ − 1, CI by the delta method on the log risk ratio
 *   (Katz 1978): SE(ln RR) = √((1−p₁)/c₁ + (1−p₀)/c₀), CI exp(ln RR ± z·SE) − 1.
 *   Chosen over Fieller because it is always a finite interval and is the
 *   textbook risk-ratio interval; it is null when either group has 0 conversions.
 * - sample-size rule (validity of the normal approximation): every group must
 *   have at least 10 expected conversions and 10 expected non-conversions under
 *   the pooled rate, i.e. nᵢ·p̄ ≥ 10 and nᵢ·(1−p̄) ≥ 10.
 * - conclusive ⇔ the rule holds and the absolute-lift CI excludes 0.
 */

export const MIN_EXPECTED_COUNT = 10;

export type ConversionGroup = { users: number; conversions: number };

export type TwoProportionLiftInput = {
  exposed: ConversionGroup;
  /** Missing, null or 0 users → NO_HOLDOUT. */
  holdout?: ConversionGroup | null;
  /** Default 0.95. */
  confidenceLevel?: number;
};

export type TwoProportionLift = {
  exposedRate: number;
  holdoutRate: number | null;
  /** Absolute lift in rate units (0.007 = +0.7 percentage points). */
  absoluteLift: { estimate: number; standardError: number; ci: Interval } | null;
  /** Relative lift (0.127 = +12.7%); null without holdout conversions. */
  relativeLift: { estimate: number; ci: Interval | null } | null;
  zStatistic: number | null;
  pValue: number | null;
  conclusive: boolean;
  explanation: LiftExplanationCode;
};

function checkGroup(group: ConversionGroup, field: string): StatsOutcome<ConversionGroup> {
  for (const key of ["users", "conversions"] as const) {
    const value = group?.[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      return statsProblem("STATS_INVALID_COUNT", `${field}.${key}`, `${field}.${key} must be a whole number ≥ 0.`);
    }
  }
  if (group.conversions > group.users) {
    return statsProblem("STATS_CONVERSIONS_EXCEED_USERS", `${field}.conversions`, `${field} has more conversions than users.`);
  }
  return { ok: true, value: group };
}

export function twoProportionLift(input: TwoProportionLiftInput): StatsOutcome<TwoProportionLift> {
  const checked = checkLiftInput(input, checkGroup);
  if (!checked.ok) return checked;
  const confidence = checked.value;

  const { users: n1, conversions: c1 } = input.exposed;
  const p1 = c1 / n1;
  if (!input.holdout || input.holdout.users === 0) {
    return {
      ok: true,
      value: { exposedRate: p1, holdoutRate: null, absoluteLift: null, relativeLift: null, zStatistic: null, pValue: null, conclusive: false, explanation: "NO_HOLDOUT" },
    };
  }
  const { users: n0, conversions: c0 } = input.holdout;
  const p0 = c0 / n0;
  const z = normalQuantile(1 - (1 - confidence) / 2);

  const difference = p1 - p0;
  const standardError = Math.sqrt((p1 * (1 - p1)) / n1 + (p0 * (1 - p0)) / n0);
  const ci = { lower: difference - z * standardError, upper: difference + z * standardError };

  const pooled = (c1 + c0) / (n1 + n0);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  const zStatistic = pooledSe > 0 ? difference / pooledSe : null;
  const pValue = zStatistic === null ? 1 : Math.min(1, 2 * normalUpperTail(Math.abs(zStatistic)));

  let relativeLift: TwoProportionLift["relativeLift"] = null;
  if (c0 > 0) {
    const ratio = p1 / p0;
    const relativeCi = c1 > 0 ? relativeLiftInterval(ratio, Math.sqrt((1 - p1) / c1 + (1 - p0) / c0), z) : null;
    relativeLift = { estimate: ratio - 1, ci: relativeCi };
  }

  const largeEnough = [n1, n0].every((n) => n * pooled >= MIN_EXPECTED_COUNT && n * (1 - pooled) >= MIN_EXPECTED_COUNT);
  const explanation: LiftExplanationCode = largeEnough ? explainInterval(ci) : "SAMPLE_TOO_SMALL";
  const conclusive = isConclusive(explanation);

  return {
    ok: true,
    value: { exposedRate: p1, holdoutRate: p0, absoluteLift: { estimate: difference, standardError, ci }, relativeLift, zStatistic, pValue, conclusive, explanation },
  };
}
