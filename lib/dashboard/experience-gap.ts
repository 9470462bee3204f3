/**
 * "Experience gap" per market: how far a market's localization experience is
 * from the ideal (0 = no gap, 100 = worst), plus a worst-first ranking.
 * Pure; the dashboard page shows EXPERIENCE_GAP_FORMULA to explain the number.
 */

export type MarketExperienceInput = {
  marketCode: string;
  /** Campaigns (variants) the market took part in during the period. */
  campaigns: number;
  /** Of those, approved on or before their due date. */
  approvedOnTime: number;
  /** Median days from first submit to approval; null when nothing was approved yet. */
  medianDaysToApproval: number | null;
  openErrorFindings: number;
  openWarningFindings: number;
  /** Variants past their due date and not yet approved. */
  overdue: number;
};

export type ExperienceGapComponent = "late" | "slow" | "errors" | "warnings" | "overdue";

export const EXPERIENCE_GAP_WEIGHTS: Record<ExperienceGapComponent, number> = { late: 30, slow: 20, errors: 25, warnings: 10, overdue: 15 };
/** Median approval time at which the "slow" component saturates. */
export const SLOW_DAYS_CAP = 20;
/** Open error findings per campaign at which "errors" saturates. */
export const ERRORS_PER_CAMPAIGN_CAP = 5;
/** Open warnings per campaign at which "warnings" saturates. */
export const WARNINGS_PER_CAMPAIGN_CAP = 20;

export const EXPERIENCE_GAP_FORMULA =
  "Experience gap (0 = no gap, 100 = worst) is a weighted average of five parts, each between 0 and 1: " +
  "late = 1 − approved on time ÷ campaigns (weight 30); " +
  `slow = median days to approval ÷ ${SLOW_DAYS_CAP}, capped at 1 (weight 20); ` +
  `errors = open error findings per campaign ÷ ${ERRORS_PER_CAMPAIGN_CAP}, capped at 1 (weight 25); ` +
  `warnings = open warnings per campaign ÷ ${WARNINGS_PER_CAMPAIGN_CAP}, capped at 1 (weight 10); ` +
  "overdue = overdue variants ÷ campaigns, capped at 1 (weight 15). " +
  "Score = 100 × Σ(weight × part) ÷ Σ(weights used), rounded. When nothing has been approved yet the median is unknown " +
  "and 'slow' is left out (the other weights are rescaled). Markets with no campaigns have no score and are listed last.";

export type ExperienceGapCode = "EXPERIENCE_GAP_INVALID_NUMBER" | "EXPERIENCE_GAP_APPROVED_EXCEEDS_CAMPAIGNS";

export type ExperienceGap = {
  marketCode: string;
  /** 0–100, null when the market has no campaigns. */
  score: number | null;
  /** Each part in [0, 1]; null when left out. */
  components: Record<ExperienceGapComponent, number | null>;
};

export type ExperienceGapOutcome = { ok: true; value: ExperienceGap } | { ok: false; code: ExperienceGapCode; marketCode: string; field: string };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const COUNT_FIELDS = ["campaigns", "approvedOnTime", "openErrorFindings", "openWarningFindings", "overdue"] as const;

export function experienceGap(input: MarketExperienceInput): ExperienceGapOutcome {
  const fail = (code: ExperienceGapCode, field: string): ExperienceGapOutcome => ({ ok: false, code, marketCode: input.marketCode, field });
  for (const field of COUNT_FIELDS) {
    const value = input[field];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return fail("EXPERIENCE_GAP_INVALID_NUMBER", field);
  }
  const days = input.medianDaysToApproval;
  if (days !== null && (typeof days !== "number" || !Number.isFinite(days) || days < 0)) return fail("EXPERIENCE_GAP_INVALID_NUMBER", "medianDaysToApproval");
  if (input.approvedOnTime > input.campaigns) return fail("EXPERIENCE_GAP_APPROVED_EXCEEDS_CAMPAIGNS", "approvedOnTime");

  if (input.campaigns === 0) {
    return { ok: true, value: { marketCode: input.marketCode, score: null, components: { late: null, slow: null, errors: null, warnings: null, overdue: null } } };
  }
  const n = input.campaigns;
  const components: Record<ExperienceGapComponent, number | null> = {
    late: clamp01(1 - input.approvedOnTime / n),
    slow: days === null ? null : clamp01(days / SLOW_DAYS_CAP),
    errors: clamp01(input.openErrorFindings / n / ERRORS_PER_CAMPAIGN_CAP),
    warnings: clamp01(input.openWarningFindings / n / WARNINGS_PER_CAMPAIGN_CAP),
    overdue: clamp01(input.overdue / n),
  };
  let weighted = 0;
  let weights = 0;
  for (const [name, weight] of Object.entries(EXPERIENCE_GAP_WEIGHTS) as [ExperienceGapComponent, number][]) {
    const part = components[name];
    if (part === null) continue;
    weighted += weight * part;
    weights += weight;
  }
  return { ok: true, value: { marketCode: input.marketCode, score: Math.round((100 * weighted) / weights), components } };
}

export type RankedExperienceGap = ExperienceGap & {
  /** 1 = biggest gap; equal scores share a rank (1, 1, 3). null without a score. */
  rank: number | null;
};

/**
 * Scores every market and ranks them worst first (ties by market code).
 * All-or-nothing: the first invalid market is returned as a code.
 */
export function rankMarketsByExperienceGap(
  inputs: MarketExperienceInput[],
): { ok: true; value: RankedExperienceGap[] } | Extract<ExperienceGapOutcome, { ok: false }> {
  const scored: ExperienceGap[] = [];
  for (const input of inputs) {
    const outcome = experienceGap(input);
    if (!outcome.ok) return outcome;
    scored.push(outcome.value);
  }
  scored.sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === b.score ? a.marketCode.localeCompare(b.marketCode) : a.score === null ? 1 : -1;
    return b.score - a.score || a.marketCode.localeCompare(b.marketCode);
  });
  const ranked: RankedExperienceGap[] = [];
  scored.forEach((gap, i) => {
    const previous = ranked[i - 1];
    const rank = gap.score === null ? null : previous && previous.score === gap.score ? previous.rank : i + 1;
    ranked.push({ ...gap, rank });
  });
  return { ok: true, value: ranked };
}

/** Median of the finite values (NaN/±Infinity ignored); null when there are none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
