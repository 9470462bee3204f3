// Turns one stored result into what the page and the API show: lift with its 95% interval and
// p-value (from the stats module), the plain-words explanation code, and the power calculation
// ("how many more users a conclusive test needs") for a chosen minimum detectable effect.
import type { Interval, LiftExplanationCode } from "@/lib/core/stats/lift-explanation";
import { additionalUsersNeeded, requiredSampleSizeForMeans, requiredSampleSizeForProportions } from "@/lib/core/stats/required-sample-size";
import { twoProportionLift } from "@/lib/core/stats/two-proportion-lift";
import { welchLift } from "@/lib/core/stats/welch-lift";
import type { Result } from "./result.schemas";

/** Default minimum detectable effect: a 10% relative change. */
export const DEFAULT_MDE = 0.1;

export interface StoredResultFields {
  metric: string;
  kind: string;
  periodFrom: Date;
  periodTo: Date;
  exposedUsers: number;
  exposedConversions: number | null;
  exposedMean: number | null;
  exposedSd: number | null;
  holdoutUsers: number | null;
  holdoutConversions: number | null;
  holdoutMean: number | null;
  holdoutSd: number | null;
}

export interface ComputedLift {
  kind: "rate" | "mean";
  hasHoldout: boolean;
  /** Exposed rate (rate) or mean (mean). */
  exposedValue: number;
  holdoutValue: number | null;
  /** Absolute lift: rate difference or mean difference, with its SE (for pooling). */
  absolute: { estimate: number; standardError: number | null; ci: Interval | null } | null;
  relative: { estimate: number; ci: Interval | null } | null;
  pValue: number | null;
  conclusive: boolean;
  explanation: LiftExplanationCode | "STATS_PROBLEM";
  /** Power calculation for the chosen MDE; null when it cannot be computed (no baseline, sd 0…). */
  power: {
    minimumDetectableEffect: number;
    usersPerGroup: number;
    additional: { exposed: number; holdout: number; total: number; enough: boolean };
  } | null;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The JSON contract shape (result.schemas.ts) of a stored row. */
export function toResultInput(row: StoredResultFields): Result {
  const period = { from: isoDate(row.periodFrom), to: isoDate(row.periodTo) };
  if (row.kind === "mean") {
    return {
      metric: row.metric,
      kind: "mean",
      period,
      exposed: { users: row.exposedUsers, mean: row.exposedMean ?? 0, sd: row.exposedSd ?? 0 },
      ...(row.holdoutUsers ? { holdout: { users: row.holdoutUsers, mean: row.holdoutMean ?? 0, sd: row.holdoutSd ?? 0 } } : {}),
    };
  }
  return {
    metric: row.metric,
    kind: "rate",
    period,
    exposed: { users: row.exposedUsers, conversions: row.exposedConversions ?? 0 },
    ...(row.holdoutUsers ? { holdout: { users: row.holdoutUsers, conversions: row.holdoutConversions ?? 0 } } : {}),
  };
}

export function computeLift(result: Result, options: { minimumDetectableEffect?: number } = {}): ComputedLift {
  const mde = options.minimumDetectableEffect ?? DEFAULT_MDE;
  if (result.kind === "rate") {
    const outcome = twoProportionLift({ exposed: result.exposed, holdout: result.holdout ?? null });
    const exposedValue = result.exposed.conversions / result.exposed.users;
    if (!outcome.ok) return failed("rate", exposedValue, !!result.holdout);
    const lift = outcome.value;
    let power: ComputedLift["power"] = null;
    if (lift.holdoutRate !== null && result.holdout) {
      const need = requiredSampleSizeForProportions({ baselineRate: lift.holdoutRate, minimumDetectableEffect: mde, effectType: "relative" });
      if (need.ok) power = powerFor(need.value.usersPerGroup, mde, result.exposed.users, result.holdout.users);
    }
    return {
      kind: "rate",
      hasHoldout: lift.holdoutRate !== null,
      exposedValue: lift.exposedRate,
      holdoutValue: lift.holdoutRate,
      absolute: lift.absoluteLift,
      relative: lift.relativeLift,
      pValue: lift.pValue,
      conclusive: lift.conclusive,
      explanation: lift.explanation,
      power,
    };
  }
  const outcome = welchLift({ exposed: result.exposed, holdout: result.holdout ?? null });
  if (!outcome.ok) return failed("mean", result.exposed.mean, !!result.holdout);
  const lift = outcome.value;
  let power: ComputedLift["power"] = null;
  if (lift.holdoutMean !== null && result.holdout) {
    // Pooled sd of both groups as the assumed common sd.
    const sd = Math.sqrt((result.exposed.sd ** 2 + result.holdout.sd ** 2) / 2);
    const need = requiredSampleSizeForMeans({ sd, minimumDetectableEffect: mde, effectType: "relative", baselineMean: lift.holdoutMean });
    if (need.ok) power = powerFor(need.value.usersPerGroup, mde, result.exposed.users, result.holdout.users);
  }
  return {
    kind: "mean",
    hasHoldout: lift.holdoutMean !== null,
    exposedValue: lift.exposedMean,
    holdoutValue: lift.holdoutMean,
    absolute: lift.difference,
    relative: lift.relativeLift,
    pValue: lift.pValue,
    conclusive: lift.conclusive,
    explanation: lift.explanation,
    power,
  };
}

function failed(kind: "rate" | "mean", exposedValue: number, hasHoldout: boolean): ComputedLift {
  return { kind, hasHoldout, exposedValue, holdoutValue: null, absolute: null, relative: null, pValue: null, conclusive: false, explanation: "STATS_PROBLEM", power: null };
}

/** How many users per group a conclusive test needs, and how many more than the groups have now. */
function powerFor(usersPerGroup: number, mde: number, exposedUsers: number, holdoutUsers: number): ComputedLift["power"] {
  return {
    minimumDetectableEffect: mde,
    usersPerGroup,
    additional: additionalUsersNeeded(usersPerGroup, { exposed: exposedUsers, holdout: holdoutUsers }),
  };
}
