// A real, migrated database per test file: in-memory PGlite loaded from a migrated snapshot
// (made once by tests/global-setup.ts), or a fresh PostgreSQL database when TEST_DATABASE_URL
// is set (CI's PostgreSQL leg). Never a mocked client.
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import { installDatabase } from "@/lib/db";
import { openPglite, openPostgres, type OpenDatabase } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import { seedDemo } from "@/prisma/seed";

export async function createTestDatabase(
  options: { seeded?: boolean } = {},
): Promise<OpenDatabase & { drop(): Promise<void>; url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `meridian_t_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const opened = await openPostgres(url.toString());
    await runMigrations(opened.sql);
    if (options.seeded) await seedDemo(opened.prisma);
    return {
      ...opened,
      url: url.toString(),
      drop: async () => {
        await opened.close();
        const again = new Client({ connectionString: adminUrl });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const snapshot = options.seeded ? process.env.MERIDIAN_TEST_SNAPSHOT_SEEDED : process.env.MERIDIAN_TEST_SNAPSHOT;
  const blob = snapshot ? new Blob([await readFile(snapshot)]) : undefined;
  const opened = await openPglite(undefined, blob);
  if (!blob) {
    await runMigrations(opened.sql);
    if (options.seeded) await seedDemo(opened.prisma);
  }
  return { ...opened, drop: opened.close };
}

/**
 * Installs a fresh database as the app's database for the current test file;
 * `{ seeded: true }` starts from the demo workspace (the seed runs once per test run).
 */
export function setupTestDatabase(options: { seeded?: boolean } = {}): { current: () => OpenDatabase } {
  let db: (OpenDatabase & { drop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(options);
    installDatabase(db);
  });
  afterAll(async () => {
    await db?.drop();
  });
  return {
    current: () => {
      if (!db) throw new Error("test database not ready");
      return db;
    },
  };
}
