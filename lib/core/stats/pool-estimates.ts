import type { Interval } from "./lift-explanation";
import { chiSquareUpperTail } from "./chi-square-cdf";
import { normalUpperTail } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";
import { isProbability, statsProblem, type StatsOutcome } from "./stats-problem";

/**
 * Pool per-market lift estimates (e.g. absolute lift with its standard error)
 * into one campaign-level estimate.
 *
 * - Fixed effect (inverse variance): wᵢ = 1/seᵢ², θ̂ = Σwᵢθᵢ/Σwᵢ, SE = 1/√Σwᵢ.
 * - Cochran's Q = Σwᵢ(θᵢ − θ̂)², df = k − 1, p = P(χ²_df > Q).
 * - I² = max(0, (Q − df)/Q) (Higgins & Thompson 2002); 0 when Q = 0.
 * - heterogeneous ⇔ k ≥ 2 and (I² > 50% or Q p-value < 0.10) — thresholds are
 *   parameters. When heterogeneous, show per-market results, not only the pool.
 * - Random effects (DerSimonian–Laird 1986): τ² = max(0, (Q − df)/(Σw − Σw²/Σw)),
 *   wᵢ* = 1/(seᵢ² + τ²); equals the fixed effect when τ² = 0.
 */

export type MarketEstimate = { key?: string; estimate: number; se: number };

export type PoolOptions = {
  confidenceLevel?: number;
  /** Default 0.5 (50%). */
  iSquaredThreshold?: number;
  /** Default 0.10. */
  qPValueThreshold?: number;
};

export type PooledEstimate = { estimate: number; standardError: number; ci: Interval; pValue: number };

export type PoolResult = {
  fixedEffect: PooledEstimate;
  randomEffects: PooledEstimate & { tau2: number };
  /** Normalized fixed-effect weights, same order as the input (sum to 1). */
  weights: number[];
  q: number;
  degreesOfFreedom: number;
  /** null with a single estimate. */
  qPValue: number | null;
  iSquared: number;
  heterogeneous: boolean;
};

function pooled(estimates: MarketEstimate[], weights: number[], z: number): PooledEstimate {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const estimate = weights.reduce((sum, w, i) => sum + w * estimates[i].estimate, 0) / total;
  const standardError = 1 / Math.sqrt(total);
  return {
    estimate,
    standardError,
    ci: { lower: estimate - z * standardError, upper: estimate + z * standardError },
    pValue: Math.min(1, 2 * normalUpperTail(Math.abs(estimate / standardError))),
  };
}

export function poolEstimates(estimates: MarketEstimate[], options: PoolOptions = {}): StatsOutcome<PoolResult> {
  const confidence = options.confidenceLevel ?? 0.95;
  if (!isProbability(confidence)) return statsProblem("STATS_INVALID_PARAMETER", "confidenceLevel", "Confidence level must be between 0 and 1.");
  if (!Array.isArray(estimates) || estimates.length === 0) return statsProblem("STATS_NO_ESTIMATES", "estimates", "Nothing to pool.");
  for (const [i, item] of estimates.entries()) {
    if (typeof item.estimate !== "number" || !Number.isFinite(item.estimate)) {
      return statsProblem("STATS_INVALID_NUMBER", `estimates[${i}].estimate`, `Estimate ${item.key ?? i} is not a finite number.`);
    }
    if (typeof item.se !== "number" || !Number.isFinite(item.se) || item.se <= 0) {
      return statsProblem("STATS_INVALID_SE", `estimates[${i}].se`, `Standard error of ${item.key ?? i} must be a positive number.`);
    }
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const weights = estimates.map((e) => 1 / (e.se * e.se));
  const fixedEffect = pooled(estimates, weights, z);

  const k = estimates.length;
  const df = k - 1;
  const q = weights.reduce((sum, w, i) => sum + w * (estimates[i].estimate - fixedEffect.estimate) ** 2, 0);
  const qPValue = df > 0 ? chiSquareUpperTail(q, df) : null;
  const iSquared = q > 0 ? Math.max(0, (q - df) / q) : 0;
  const heterogeneous =
    k >= 2 && (iSquared > (options.iSquaredThreshold ?? 0.5) || (qPValue !== null && qPValue < (options.qPValueThreshold ?? 0.1)));

  const sumW = weights.reduce((s, w) => s + w, 0);
  const sumW2 = weights.reduce((s, w) => s + w * w, 0);
  const c = sumW - sumW2 / sumW;
  const tau2 = df > 0 && c > 0 ? Math.max(0, (q - df) / c) : 0;
  const randomWeights = estimates.map((e) => 1 / (e.se * e.se + tau2));

  return {
    ok: true,
    value: {
      fixedEffect,
      randomEffects: { ...pooled(estimates, randomWeights, z), tau2 },
      weights: weights.map((w) => w / sumW),
      q,
      degreesOfFreedom: df,
      qPValue,
      iSquared,
      heterogeneous,
    },
  };
}
