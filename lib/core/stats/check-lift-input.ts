import { isProbability, statsProblem, type StatsOutcome } from "./stats-problem";

/**
 * The checks both lift calculations run first, in this order: the confidence level, the exposed
 * group, that the exposed group has users, then the holdout group when there is one.
 * Gives the confidence level to use (default 0.95).
 */
export function checkLiftInput<G extends { users: number }>(
  input: { exposed: G; holdout?: G | null; confidenceLevel?: number },
  checkGroup: (group: G, field: string) => StatsOutcome<G>,
): StatsOutcome<number> {
  const confidence = input.confidenceLevel ?? 0.95;
  if (!isProbability(confidence)) return statsProblem("STATS_INVALID_PARAMETER", "confidenceLevel", "Confidence level must be between 0 and 1.");
  const exposedCheck = checkGroup(input.exposed, "exposed");
  if (!exposedCheck.ok) return exposedCheck;
  if (input.exposed.users === 0) return statsProblem("STATS_EMPTY_EXPOSED_GROUP", "exposed.users", "The exposed group has no users.");
  if (input.holdout) {
    const holdoutCheck = checkGroup(input.holdout, "holdout");
    if (!holdoutCheck.ok) return holdoutCheck;
  }
  return { ok: true, value: confidence };
}
