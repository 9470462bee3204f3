// One md5 per table over every row's text: equal fingerprints mean no row was added, removed or
// changed anywhere, which is what "nothing partial" asks after a crash.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function databaseFingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<Array<{ n: string; h: string | null }>>(
      `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`,
    );
    out[name] = `${row!.n}:${row!.h ?? "-"}`;
  }
  return out;
}
