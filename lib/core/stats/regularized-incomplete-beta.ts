import { logBeta } from "./log-beta";

/**
 * Regularized incomplete beta function I_x(a, b).
 *
 * Continued fraction (Numerical Recipes §6.4, modified Lentz), using the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a) when x > (a + 1)/(a + b + 2) so the
 * fraction converges quickly. Pass `y` = 1 − x when you know it more precisely
 * than 1 − x can be computed (e.g. t²/(ν + t²) for the Student-t).
 * Throws only if the continued fraction fails to converge (should not happen
 * for finite a, b).
 */

const EPS = 1e-16;
const TINY = 1e-300;

function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  const maxIterations = 10_000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge (a=${a}, b=${b}, x=${x})`);
}

/**
 * x^a·y^b / (a·B(a, b)) × continued fraction, with no branch choice. Accurate
 * when x is well below the mean a/(a+b); callers normally want
 * `regularizedIncompleteBeta`, which picks the convergent side.
 */
export function incompleteBetaByFraction(x: number, a: number, b: number, y: number = 1 - x): number {
  if (x === 0) return 0;
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  return (front * continuedFraction(x, a, b)) / a;
}

/** I_x(a, b); `y` defaults to 1 − x. */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if ([x, a, b, y].some(Number.isNaN) || a <= 0 || b <= 0 || x < 0 || x > 1) return NaN;
  if (x === 0) return 0;
  if (y === 0 || x === 1) return 1;
  if (x < (a + 1) / (a + b + 2)) return incompleteBetaByFraction(x, a, b, y);
  return 1 - incompleteBetaByFraction(y, b, a, x);
}
