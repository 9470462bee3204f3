// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, recording
// name and checksum. Refuses an edited, already-applied migration. An advisory lock keeps two
// instances starting together from racing.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlRunner } from "./sql-runner";

const LOCK_KEY = 727_274_001;
export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations");

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function runMigrations(
  sql: SqlRunner,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const migrations = await readMigrations(options.dir);
  const applied: string[] = [];
  await sql.exec(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    await sql.exec(`CREATE TABLE IF NOT EXISTS "_meridian_migrations" (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await sql.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "_meridian_migrations"`,
    );
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after it was applied (checksum mismatch). ` +
              `Write a new migration instead.`,
          );
        }
        continue;
      }
      await sql.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query(`INSERT INTO "_meridian_migrations" (name, checksum) VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
      });
      options.log?.(`applied ${migration.name}`);
      applied.push(migration.name);
    }
  } finally {
    await sql.exec(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
  return applied;
}
