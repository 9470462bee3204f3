import type { RawSql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Distinct term locales by a loose index scan (one index probe per locale, not a table scan). */
export async function queryTermLocales(db: RawSql): Promise<string[]> {
  const rows = await db.$queryRaw<{ locale: string }[]>(Prisma.sql`
    WITH RECURSIVE l AS (
      (SELECT "locale" FROM "Term" ORDER BY "locale" LIMIT 1)
      UNION ALL
      SELECT (SELECT t."locale" FROM "Term" t WHERE t."locale" > l."locale" ORDER BY t."locale" LIMIT 1) FROM l WHERE l."locale" IS NOT NULL
    )
    SELECT "locale" FROM l WHERE "locale" IS NOT NULL`);
  return rows.map((r) => r.locale);
}
