// Migrates one in-memory PGlite and dumps it, so each test file starts from the snapshot
// (≈0.8 s) instead of migrating again (≈3 s).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openPglite } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) return async () => undefined;
  const dir = await mkdtemp(path.join(os.tmpdir(), "meridian-test-"));
  const db = await openPglite();
  await runMigrations(db.sql);
  const dump = db.pglite ? ((await db.pglite.dumpDataDir("gzip")) as Blob) : undefined;
  await db.close();
  if (dump) {
    const file = path.join(dir, "snapshot.tar.gz");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    process.env.MERIDIAN_TEST_SNAPSHOT = file;
  }
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
