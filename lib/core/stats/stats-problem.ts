/** Error codes returned (never thrown) by the statistics operations. */
export type StatsProblemCode =
  | "STATS_INVALID_COUNT" // users / conversions not a non-negative safe integer
  | "STATS_CONVERSIONS_EXCEED_USERS"
  | "STATS_EMPTY_EXPOSED_GROUP" // exposed group has 0 users: nothing to measure
  | "STATS_INVALID_NUMBER" // mean / estimate not finite
  | "STATS_INVALID_SD" // sd negative or not finite
  | "STATS_INVALID_SE" // standard error ≤ 0 or not finite
  | "STATS_INVALID_PARAMETER" // alpha, power, confidence level, effect size out of range
  | "STATS_TARGET_RATE_OUT_OF_RANGE" // baseline ± effect leaves (0, 1)
  | "STATS_NO_ESTIMATES";

export type StatsProblem = { code: StatsProblemCode; field: string; message: string };

export type StatsOutcome<T> = { ok: true; value: T } | { ok: false; problem: StatsProblem };

export function statsProblem<T>(code: StatsProblemCode, field: string, message: string): StatsOutcome<T> {
  return { ok: false, problem: { code, field, message } };
}

/** A finite number strictly between 0 and 1. */
export function isProbability(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 && value < 1;
}
