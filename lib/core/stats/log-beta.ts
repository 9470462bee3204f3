import { logGamma } from "./log-gamma";

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
 *
 * For large arguments the three log-gammas nearly cancel, so (as in R's nmath
 * `lbeta`) Stirling's series with the correction term δ(x) = ln Γ(x) − Stirling(x)
 * is used; this keeps full precision for the Student-t with huge df (10^8 users).
 */

const LN_SQRT_2PI = 0.91893853320467274178;

/** δ(x) = ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π); Bernoulli series, valid for x ≥ 10. */
export function stirlingCorrection(x: number): number {
  const x2 = 1 / (x * x);
  // 1/12x − 1/360x³ + 1/1260x⁵ − 1/1680x⁷ + 1/1188x⁹ − 691/360360x¹¹ + 1/156x¹³
  return (
    (1 / x) *
    (1 / 12 + x2 * (-1 / 360 + x2 * (1 / 1260 + x2 * (-1 / 1680 + x2 * (1 / 1188 + x2 * (-691 / 360360 + x2 * (1 / 156)))))))
  );
}

export function logBeta(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0) return NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
