import { logBeta } from "./log-beta";
import { normalQuantile } from "./normal-quantile";
import { studentTUpperTail } from "./student-t-cdf";

/**
 * Student-t quantile: the t with P(T ≤ t) = p, for ν > 0 (fractional allowed).
 *
 * Exact closed forms for ν = 1 (Cauchy) and ν = 2; otherwise a Cornish–Fisher
 * start (Abramowitz & Stegun 26.7.5) refined by safeguarded Newton iterations
 * on the upper tail (see student-t-cdf.ts), converging to ~1e-14 relative.
 */

function density(t: number, df: number): number {
  return Math.exp(-0.5 * Math.log(df) - logBeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
}

/** Positive t with P(T > t) = q, for 0 < q < 0.5. */
function upperQuantile(q: number, df: number): number {
  let lo = 0;
  let hi = Infinity;
  let t = cornishFisher(normalQuantile(1 - q), df);
  if (!Number.isFinite(t) || t <= 0) t = 1;
  for (let i = 0; i < 200; i++) {
    const tail = studentTUpperTail(t, df);
    const diff = tail - q;
    if (diff === 0) return t;
    if (diff > 0) lo = t; // tail too big → t too small
    else hi = t;
    let next = t + diff / density(t, df);
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : Math.max(2 * t, lo + 1);
    if (Math.abs(next - t) <= 1e-15 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}

export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || df <= 0 || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  return p > 0.5 ? upperQuantile(1 - p, df) : -upperQuantile(p, df);
}
