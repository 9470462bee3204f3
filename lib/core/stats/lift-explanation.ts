/**
 * Intervals and the plain-words explanation codes shared by the lift calculations. The UI maps
 * each code to a sentence, e.g. LIFT_POSITIVE_SIGNIFICANT → "The campaign
 * increased the metric; the 95% interval is entirely above zero."
 */
export type LiftExplanationCode =
  | "NO_HOLDOUT" // no holdout group (or it has 0 users): lift cannot be measured
  | "SAMPLE_TOO_SMALL" // too few users / conversions for the approximation to hold
  | "ZERO_VARIANCE" // means with sd = 0 in both groups: no sampling variability reported
  | "INCONCLUSIVE_CI_INCLUDES_ZERO" // the confidence interval includes 0
  | "LIFT_POSITIVE_SIGNIFICANT" // whole interval above 0
  | "LIFT_NEGATIVE_SIGNIFICANT"; // whole interval below 0

export type Interval = { lower: number; upper: number };

export function intervalIncludesZero(ci: Interval): boolean {
  return ci.lower <= 0 && ci.upper >= 0;
}

/** Explanation for an interval once the sample-size checks have passed. */
export function explainInterval(ci: Interval): LiftExplanationCode {
  if (intervalIncludesZero(ci)) return "INCONCLUSIVE_CI_INCLUDES_ZERO";
  return ci.lower > 0 ? "LIFT_POSITIVE_SIGNIFICANT" : "LIFT_NEGATIVE_SIGNIFICANT";
}

/** Conclusive ⇔ the interval of the lift lies wholly on one side of zero (and the sample checks passed). */
export function isConclusive(explanation: LiftExplanationCode): boolean {
  return explanation === "LIFT_POSITIVE_SIGNIFICANT" || explanation === "LIFT_NEGATIVE_SIGNIFICANT";
}

/** Interval of a relative lift ratio − 1 by the delta method on the log ratio: exp(ln ratio ± quantile·seLog) − 1. */
export function relativeLiftInterval(ratio: number, seLog: number, quantile: number): Interval {
  const logRatio = Math.log(ratio);
  return { lower: Math.exp(logRatio - quantile * seLog) - 1, upper: Math.exp(logRatio + quantile * seLog) - 1 };
}
