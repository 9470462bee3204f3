// The migrations, applied in order, must produce exactly the schema that schema.prisma
// describes (as Prisma would create it from empty). Compared through the catalog.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import { openPglite } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import type { SqlRunner } from "@/lib/database/sql-runner";

async function describeSchema(sql: SqlRunner) {
  const columns = await sql.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_meridian_migrations'
      ORDER BY table_name, column_name`,
  );
  const indexes = await sql.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_meridian_migrations'
      ORDER BY indexname`,
  );
  const constraints = await sql.query(
    `SELECT c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
       JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.conrelid <> 0 AND c.conrelid::regclass::text <> '"_meridian_migrations"'
        AND c.conrelid::regclass::text <> '_meridian_migrations'
      ORDER BY c.conname`,
  );
  const enums = await sql.query(
    `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      ORDER BY t.typname, e.enumsortorder`,
  );
  const extensions = await sql.query(`SELECT extname FROM pg_extension ORDER BY extname`);
  return { columns, indexes, constraints, enums, extensions };
}

// Indexes that migrations create by hand because Prisma's schema language cannot describe them
// (expression indexes); schema.prisma mentions each on its model.
const OUTSIDE_PRISMA_SCHEMA = ["Term_inner_words_idx"];

function withoutOutsidePrismaIndexes(schema: Awaited<ReturnType<typeof describeSchema>>) {
  return { ...schema, indexes: schema.indexes.filter((i) => !OUTSIDE_PRISMA_SCHEMA.includes(String(i.indexname))) };
}

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma", { timeout: 120_000 }, async () => {
    const expectedSql = execFileSync(
      process.execPath,
      [
        path.join(process.cwd(), "node_modules/prisma/build/index.js"),
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { env: { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null" }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    // Migrated: the same path the app takes (PGlite, or PostgreSQL in CI's second leg).
    const migrated = await createTestDatabase();
    // Expected: Prisma's own DDL for the current schema, applied to an empty database.
    const fresh = process.env.TEST_DATABASE_URL ? await createTestDatabase() : await openPglite();
    try {
      if (process.env.TEST_DATABASE_URL) {
        await fresh.sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      }
      await fresh.sql.exec(expectedSql);
      const [a, b] = await Promise.all([describeSchema(migrated.sql), describeSchema(fresh.sql)]);
      expect(a.indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(OUTSIDE_PRISMA_SCHEMA));
      expect(withoutOutsidePrismaIndexes(a)).toEqual(b);
      expect(a.columns.length).toBeGreaterThan(50);
    } finally {
      await migrated.drop();
      await ("drop" in fresh ? (fresh as { drop(): Promise<void> }).drop() : fresh.close());
    }
  });

  it("refuses an edited, already-applied migration", async () => {
    const db = await openPglite();
    try {
      await runMigrations(db.sql);
      await db.sql.exec(`UPDATE "_meridian_migrations" SET checksum = 'tampered'`);
      await expect(runMigrations(db.sql)).rejects.toThrow(/edited after it was applied/);
    } finally {
      await db.close();
    }
  });
});
