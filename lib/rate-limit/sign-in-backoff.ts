// Failed sign-ins slow down, per e-mail *and* client address, instead of locking the account:
// a hard lock per e-mail let anyone who knew an address lock its owner out. After `free` failures
// from one address, each attempt for that e-mail from that address waits 30 s, then twice as long
// after every further failure, up to 15 minutes; other addresses (the owner's) are unaffected, and
// a success clears it. A distributed guesser is held by the per-address cap, argon2id's cost and
// the common-password refusal. Attempts are counted before the password is checked, in one atomic
// upsert, so parallel guesses cannot slip past the count.
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";

const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 900;
// Failures older than this are forgotten.
const FORGET_AFTER_SECONDS = 86_400;

/** Seconds to wait after `failures` failed attempts, when the first `free` cost nothing. */
export function backoffSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - free));
}

export type BackoffResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt unless the key is still waiting; a refused attempt is not counted, so
 * retrying early does not lengthen the wait. Call `clearSignInBackoff` after a success.
 */
export async function takeSignInAttempt(key: string, free: number, tx?: Db): Promise<BackoffResult> {
  const db = tx ?? (await getDb());
  const waiting = `"RateLimit"."count" >= $2::int AND "RateLimit"."windowStart" > now() - make_interval(secs => LEAST($4::int, $3::int * power(2, "RateLimit"."count" - $2::int)))`;
  const taken = await db.$queryRawUnsafe<{ count: number }[]>(
    `INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES ($1, now(), 1)
     ON CONFLICT ("key") DO UPDATE SET
       "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => $5::int) THEN 1 ELSE "RateLimit"."count" + 1 END,
       "windowStart" = now()
     WHERE NOT (${waiting})
     RETURNING "count"`,
    key,
    free,
    FIRST_DELAY_SECONDS,
    MAX_DELAY_SECONDS,
    FORGET_AFTER_SECONDS,
  );
  if (taken.length > 0) return { allowed: true };
  const [row] = await db.$queryRawUnsafe<{ count: number; windowStart: Date }[]>(
    `SELECT "count", "windowStart" FROM "RateLimit" WHERE "key" = $1`,
    key,
  );
  const elapsed = row ? (Date.now() - new Date(row.windowStart).getTime()) / 1000 : 0;
  const wait = row ? backoffSeconds(Number(row.count), free) - elapsed : 1;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
}

export async function clearSignInBackoff(key: string, tx?: Db): Promise<void> {
  const db = tx ?? (await getDb());
  await db.rateLimit.deleteMany({ where: { key } });
}
