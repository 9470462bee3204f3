// Retry schedule shared by webhook deliveries and outgoing mail: exponential backoff from 30 s,
// capped at 2 h per wait, for at most a day after the row was created; then the row is "dead".
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_WAIT_MS = 2 * 60 * 60 * 1000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/** The wait before the next try after `attempts` failed tries (1 → 30 s, 2 → 60 s, …, capped). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_WAIT_MS);
}

/** When to try again, or null when the next try would be more than a day after creation. */
export function nextAttemptAt(createdAt: Date, attempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempts));
  return next.getTime() - createdAt.getTime() > GIVE_UP_AFTER_MS ? null : next;
}
