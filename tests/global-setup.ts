// Migrates one in-memory PGlite and dumps it twice — empty, and with the demo workspace seeded —
// so each test file starts from a snapshot (≈0.8 s) instead of migrating and seeding again.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openPglite } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import { seedDemo } from "@/prisma/seed";

async function dump(db: Awaited<ReturnType<typeof openPglite>>, file: string): Promise<void> {
  const blob = (await db.pglite!.dumpDataDir("gzip")) as Blob;
  await writeFile(file, Buffer.from(await blob.arrayBuffer()));
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) return async () => undefined;
  const dir = await mkdtemp(path.join(os.tmpdir(), "meridian-test-"));
  const db = await openPglite();
  try {
    await runMigrations(db.sql);
    await dump(db, path.join(dir, "migrated.tar.gz"));
    await seedDemo(db.prisma);
    await dump(db, path.join(dir, "seeded.tar.gz"));
  } finally {
    await db.close();
  }
  process.env.MERIDIAN_TEST_SNAPSHOT = path.join(dir, "migrated.tar.gz");
  process.env.MERIDIAN_TEST_SNAPSHOT_SEEDED = path.join(dir, "seeded.tar.gz");
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
