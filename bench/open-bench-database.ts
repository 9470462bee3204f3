// The database a benchmark runs on, migrated and installed as the app's: the PostgreSQL database
// in DATABASE_URL (the benchmark writes to it: use a scratch database), or else PGlite in a new
// temporary directory, on disk as `npm start` keeps it (MERIDIAN_DATA_DIR/pgdata), removed on
// close. Not in-memory PGlite: its in-memory file system copies a file each time it grows, which
// made bulk writes up to a third slower than on disk, a cost the app never pays.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPglite, openPostgres, type OpenDatabase } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import { installDatabase } from "@/lib/db";
import { hasServerNodeFlags, SERVER_NODE_FLAGS } from "@/lib/server-node-flags";

export type BenchDatabase = OpenDatabase & { url: string | undefined; label: string };

export async function openBenchDatabase(): Promise<BenchDatabase> {
  if (!hasServerNodeFlags()) {
    // Measure with the server's V8 flags (lib/server-node-flags.ts): run this benchmark again
    // in a process that has them, and end with its exit code.
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
    process.exit(run.status ?? 1);
  }
  const url = process.env.DATABASE_URL;
  const dir = url ? undefined : mkdtempSync(path.join(tmpdir(), "meridian-bench-"));
  const db = url ? await openPostgres(url) : await openPglite(path.join(dir!, "pgdata"));
  await runMigrations(db.sql);
  installDatabase(db);
  return {
    ...db,
    url,
    label: url ? "PostgreSQL (DATABASE_URL)" : "PGlite (temporary directory)",
    close: async () => {
      await db.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
