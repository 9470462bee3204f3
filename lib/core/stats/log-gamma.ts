/**
 * Natural log of the gamma function, ln Γ(x), for x > 0.
 *
 * Lanczos approximation (g = 7, n = 9; coefficients as published by
 * P. Godfrey), relative accuracy ~1e-15, with the reflection formula for x < 0.5.
 */

const G = 7;
const COEF = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.91893853320467274178;

export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx); x in (0, 0.5) so sin(πx) > 0.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = COEF[0];
  for (let i = 1; i < G + 2; i++) sum += COEF[i] / (z + i);
  const t = z + G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
