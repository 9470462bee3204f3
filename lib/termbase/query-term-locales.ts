import type { Db } from "@/lib/db";

/** Distinct term locales by a loose index scan (one index probe per locale, not a table scan). */
export async function queryTermLocales(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ locale: string }[]>`
    WITH RECURSIVE l AS (
      (SELECT "locale" FROM "Term" ORDER BY "locale" LIMIT 1)
      UNION ALL
      SELECT (SELECT t."locale" FROM "Term" t WHERE t."locale" > l."locale" ORDER BY t."locale" LIMIT 1) FROM l WHERE l."locale" IS NOT NULL
    )
    SELECT "locale" FROM l WHERE "locale" IS NOT NULL`;
  return rows.map((r) => r.locale);
}
