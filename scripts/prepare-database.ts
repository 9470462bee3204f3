// Shared by `npm start` and the CLI: open the configured database, apply migrations,
// optionally seed the demo workspace and back up the embedded database.
import { backupEmbedded } from "@/lib/database/backup-embedded";
import { openConfiguredDatabase, type OpenDatabase } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import { dataDir, env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";

export async function openDatabase(): Promise<OpenDatabase> {
  return openConfiguredDatabase({ databaseUrl: env().DATABASE_URL, dataDir: dataDir() });
}

export async function prepareDatabase(options: { seed: boolean; backup: boolean }): Promise<void> {
  const db = await openDatabase();
  try {
    const applied = await runMigrations(db.sql, { log: (l) => console.log(`[meridian] ${l}`) });
    if (applied.length === 0) console.log("[meridian] database schema is up to date");
    if (options.seed) {
      const result = await seedDemo(db.prisma);
      console.log(result === "seeded" ? "[meridian] demo workspace seeded" : "[meridian] database not empty: seed skipped");
    }
    if (options.backup && db.pglite) {
      const file = await backupEmbedded(db.pglite, dataDir());
      console.log(`[meridian] backup written to ${file}`);
    }
  } finally {
    await db.close();
  }
}
