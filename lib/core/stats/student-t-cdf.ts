import { normalTails } from "./normal-cdf";
import { incompleteBetaByFraction, regularizedIncompleteBeta } from "./regularized-incomplete-beta";

/**
 * Student-t distribution with ν > 0 degrees of freedom (ν need not be an
 * integer — Welch–Satterthwaite df are fractional).
 *
 * P(|T| > |t|) = I_{ν/(ν+t²)}(ν/2, ½)  (Abramowitz & Stegun 26.7.1 / 26.5.27),
 * evaluated with the incomplete beta continued fraction. ν = Infinity gives the
 * normal distribution.
 *
 * Huge df (Welch with ~10^8 users): near the bulk of Beta(ν/2, ½) the standard
 * branch choice suffers cancellation (relative error ~ ε·ν). For ν > 10^4 we
 * therefore compute p = 1 − I_y(½, ν/2) on the well-conditioned side, which has
 * absolute error ~1e-16, and only fall back to the direct fraction when that p
 * is below 1e-6 (t² ≳ 24, where the direct side is again well conditioned).
 * Worst-case relative error stays below ~1e-9 for ν up to 10^9.
 */

const LARGE_DF = 1e4;

/** Two-sided tail probability P(|T| ≥ |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (!Number.isFinite(t)) return 0;
  if (df === Infinity) return 2 * normalTails(-Math.abs(t)).lower;
  const t2 = t * t;
  // x = ν/(ν+t²), y = t²/(ν+t²), both computed without cancellation.
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  if (df > LARGE_DF) {
    const p = 1 - incompleteBetaByFraction(y, 0.5, df / 2, x);
    if (p > 1e-6) return p;
    return incompleteBetaByFraction(x, df / 2, 0.5, y);
  }
  return regularizedIncompleteBeta(x, df / 2, 0.5, y);
}

/** Upper tail P(T > t). */
export function studentTUpperTail(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const half = studentTTwoSidedP(t, df) / 2;
  return t >= 0 ? half : 1 - half;
}

/** CDF P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const half = studentTTwoSidedP(t, df) / 2;
  return t >= 0 ? 1 - half : half;
}
