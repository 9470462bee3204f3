import { normalQuantile } from "./normal-quantile";
import { isProbability, statsProblem, type StatsOutcome } from "./stats-problem";

/**
 * Power calculation: users needed PER GROUP (equal allocation) to detect a
 * minimum detectable effect (MDE) with a two-sided test.
 *
 * Proportions (Fleiss, "Statistical Methods for Rates and Proportions", no
 * continuity correction — same formula as R's power.prop.test):
 *   n = (z_{1−α/2}·√(2·p̄(1−p̄)) + z_{1−β}·√(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)²,  p̄ = (p₁+p₂)/2
 * Means (normal approximation plus Guenther's 1981 small-sample correction,
 * which matches R's noncentral-t power.t.test to within a fraction of a user):
 *   n = 2σ²(z_{1−α/2} + z_{1−β})² / δ² + z_{1−α/2}²/4
 * Results are rounded up. A relative MDE is a fraction of the baseline
 * (0.1 = detect a 10% change); negative MDEs (detecting a drop) are allowed.
 */

export type EffectType = "absolute" | "relative";

export type PowerParameters = {
  /** Two-sided significance level, default 0.05. */
  alpha?: number;
  /** 1 − β, default 0.8. */
  power?: number;
};

export type ProportionSampleSizeInput = PowerParameters & {
  baselineRate: number;
  minimumDetectableEffect: number;
  effectType: EffectType;
};

export type MeanSampleSizeInput = PowerParameters & {
  /** Per-user standard deviation (assumed equal in both groups). */
  sd: number;
  minimumDetectableEffect: number;
  effectType: EffectType;
  /** Required when effectType is "relative". */
  baselineMean?: number;
};

export type SampleSizeRequirement = {
  usersPerGroup: number;
  /** The effect in absolute units (rate or metric units). */
  absoluteEffect: number;
};

function criticalValues(params: PowerParameters): StatsOutcome<{ zAlpha: number; zBeta: number }> {
  const alpha = params.alpha ?? 0.05;
  const power = params.power ?? 0.8;
  if (!isProbability(alpha)) return statsProblem("STATS_INVALID_PARAMETER", "alpha", "alpha must be between 0 and 1.");
  if (!isProbability(power)) return statsProblem("STATS_INVALID_PARAMETER", "power", "power must be between 0 and 1.");
  return { ok: true, value: { zAlpha: normalQuantile(1 - alpha / 2), zBeta: normalQuantile(power) } };
}

function checkEffect(mde: number): StatsOutcome<number> {
  if (typeof mde !== "number" || !Number.isFinite(mde) || mde === 0) {
    return statsProblem("STATS_INVALID_PARAMETER", "minimumDetectableEffect", "The minimum detectable effect must be a non-zero number.");
  }
  return { ok: true, value: mde };
}

export function requiredSampleSizeForProportions(input: ProportionSampleSizeInput): StatsOutcome<SampleSizeRequirement & { targetRate: number }> {
  const z = criticalValues(input);
  if (!z.ok) return z;
  const effect = checkEffect(input.minimumDetectableEffect);
  if (!effect.ok) return effect;
  const p1 = input.baselineRate;
  if (!isProbability(p1)) return statsProblem("STATS_INVALID_PARAMETER", "baselineRate", "The baseline rate must be between 0 and 1 (exclusive).");
  const p2 = input.effectType === "relative" ? p1 * (1 + effect.value) : p1 + effect.value;
  if (!isProbability(p2)) {
    return statsProblem("STATS_TARGET_RATE_OUT_OF_RANGE", "minimumDetectableEffect", "Baseline plus effect must stay between 0 and 1.");
  }
  const { zAlpha, zBeta } = z.value;
  const pBar = (p1 + p2) / 2;
  const numerator = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const n = (numerator * numerator) / ((p2 - p1) * (p2 - p1));
  return { ok: true, value: { usersPerGroup: Math.ceil(n - 1e-9), absoluteEffect: p2 - p1, targetRate: p2 } };
}

export function requiredSampleSizeForMeans(input: MeanSampleSizeInput): StatsOutcome<SampleSizeRequirement> {
  const z = criticalValues(input);
  if (!z.ok) return z;
  const effect = checkEffect(input.minimumDetectableEffect);
  if (!effect.ok) return effect;
  if (typeof input.sd !== "number" || !Number.isFinite(input.sd) || input.sd <= 0) {
    return statsProblem("STATS_INVALID_SD", "sd", "The standard deviation must be a positive number.");
  }
  let delta = effect.value;
  if (input.effectType === "relative") {
    const baseline = input.baselineMean;
    if (typeof baseline !== "number" || !Number.isFinite(baseline) || baseline === 0) {
      return statsProblem("STATS_INVALID_PARAMETER", "baselineMean", "A non-zero baseline mean is required for a relative effect.");
    }
    delta = Math.abs(baseline) * effect.value;
  }
  const { zAlpha, zBeta } = z.value;
  const n = (2 * input.sd * input.sd * (zAlpha + zBeta) ** 2) / (delta * delta) + (zAlpha * zAlpha) / 4;
  return { ok: true, value: { usersPerGroup: Math.ceil(n - 1e-9), absoluteEffect: delta } };
}

export type AdditionalUsers = {
  exposed: number;
  holdout: number;
  total: number;
  /** True when both groups already reach the requirement. */
  enough: boolean;
};

/** "How many more users": per-group shortfall against a per-group requirement. */
export function additionalUsersNeeded(requiredPerGroup: number, current: { exposed: number; holdout: number }): AdditionalUsers {
  const exposed = Math.max(0, Math.ceil(requiredPerGroup - Math.max(0, current.exposed)));
  const holdout = Math.max(0, Math.ceil(requiredPerGroup - Math.max(0, current.holdout)));
  return { exposed, holdout, total: exposed + holdout, enough: exposed === 0 && holdout === 0 };
}
