// rawTransaction on the database of this run (PGlite, or PostgreSQL in CI's second leg): commits
// what `fn` wrote when it resolves, nothing when it throws; rows come back as $queryRaw's would.
import { describe, expect, it } from "vitest";
import { getDb, rawTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "@/lib/testing/test-database";

setupTestDatabase();

const insertConcept = (id: string) => Prisma.sql`INSERT INTO "Concept" ("id", "subject", "updatedAt") VALUES (${id}, 'Raw', now())`;

describe("rawTransaction", () => {
  it("commits when fn resolves, with the counts and rows Prisma's raw calls give", async () => {
    const result = await rawTransaction(async (tx) => {
      const written = await tx.$executeRaw(insertConcept("raw-commit"));
      const rows = await tx.$queryRaw<Array<{ id: string; subject: string; own: boolean; n: number }>>(
        Prisma.sql`SELECT "id", "subject", "id" = ANY(${["raw-commit"]}::text[]) AS "own", 2::int AS "n" FROM "Concept" WHERE "id" = ${"raw-commit"}`,
      );
      return { written, rows };
    });
    expect(result).toEqual({ written: 1, rows: [{ id: "raw-commit", subject: "Raw", own: true, n: 2 }] });
    const db = await getDb();
    expect(await db.concept.count({ where: { id: "raw-commit" } })).toBe(1);
  });

  it("writes nothing when fn throws or a statement fails, and the database serves the next caller", async () => {
    await expect(
      rawTransaction(async (tx) => {
        await tx.$executeRaw(insertConcept("raw-thrown"));
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    await expect(
      rawTransaction(async (tx) => {
        await tx.$executeRaw(insertConcept("raw-failed"));
        return tx.$executeRaw(insertConcept("raw-failed")); // duplicate primary key
      }),
    ).rejects.toBeTruthy();
    const db = await getDb();
    expect(await db.concept.count({ where: { id: { in: ["raw-thrown", "raw-failed"] } } })).toBe(0);
    expect(await rawTransaction((tx) => Promise.resolve(tx.$executeRaw(insertConcept("raw-after"))))).toBe(1);
  });
});
