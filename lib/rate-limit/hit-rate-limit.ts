// Fixed-window counter in the database, so the limit holds across every app instance.
// One atomic upsert per hit: no read-modify-write race.
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

export async function hitRateLimit(
  key: string,
  options: { limit: number; windowSeconds: number },
  tx?: Db,
): Promise<RateLimitResult> {
  const db = tx ?? (await getDb());
  const rows = await db.$queryRawUnsafe<{ count: number; windowStart: Date }[]>(
    `INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES ($1, now(), 1)
     ON CONFLICT ("key") DO UPDATE SET
       "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => $2::int)
                      THEN 1 ELSE "RateLimit"."count" + 1 END,
       "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => $2::int)
                      THEN now() ELSE "RateLimit"."windowStart" END
     RETURNING "count", "windowStart"`,
    key,
    options.windowSeconds,
  );
  const row = rows[0]!;
  const elapsed = (Date.now() - new Date(row.windowStart).getTime()) / 1000;
  return {
    allowed: Number(row.count) <= options.limit,
    count: Number(row.count),
    retryAfterSeconds: Math.max(1, Math.ceil(options.windowSeconds - elapsed)),
  };
}

export async function resetRateLimit(key: string, tx?: Db): Promise<void> {
  const db = tx ?? (await getDb());
  await db.rateLimit.deleteMany({ where: { key } });
}
