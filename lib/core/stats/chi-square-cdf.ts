import { regularizedGammaLower, regularizedGammaUpper } from "./regularized-incomplete-gamma";

/**
 * Chi-square distribution with k > 0 degrees of freedom:
 * F(x; k) = P(k/2, x/2), survival 1 − F = Q(k/2, x/2) (regularized gamma).
 */

export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return NaN;
  if (x <= 0) return 0;
  return regularizedGammaLower(df / 2, x / 2);
}

/** P(X > x): the p-value of a chi-square statistic. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return NaN;
  if (x <= 0) return 1;
  return regularizedGammaUpper(df / 2, x / 2);
}
