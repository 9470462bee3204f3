// One transaction straight on the driver — a pg pool connection, or PGlite's own transaction —
// for bulk statements whose parameters are megabytes of JSON (a termbase import). Through
// Prisma each such parameter is also copied through its query compiler: about a tenth of a
// 10,000-concept import on PGlite. Statements are Prisma.sql objects, so code written against
// `RawSql` runs the same on a Prisma client, a Prisma transaction or this one.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { poolRows, driverValues } from "./pool-rows";

/**
 * The raw-SQL part of a Prisma client that a driver transaction also offers. Rows come back as
 * `$queryRaw` returns them for text, boolean and integer columns; cast other types to text.
 */
export interface RawSql {
  $queryRaw<T = unknown>(query: Prisma.Sql): PromiseLike<T>;
  $executeRaw(query: Prisma.Sql): PromiseLike<number>;
}

/** Commits when `fn` resolves; rolls back, and rethrows, when it throws. */
export type RawTransaction = <T>(fn: (tx: RawSql) => Promise<T>) => Promise<T>;

export function poolTransaction(pool: Pool): RawTransaction {
  return async (fn) => {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      const result = await fn({
        $queryRaw: async <T>(query: Prisma.Sql) => (await poolRows(client, query)) as T,
        $executeRaw: async (query) => (await client.query(query.text, driverValues(query))).rowCount ?? 0,
      });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A connection that cannot even roll back is not given back to the pool.
      await client.query("ROLLBACK").catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  };
}

export function pgliteTransaction(pg: PGlite): RawTransaction {
  return (fn) =>
    pg.transaction((tx) =>
      fn({
        $queryRaw: async <T>(query: Prisma.Sql) => (await tx.query(query.text, driverValues(query))).rows as T,
        $executeRaw: async (query) => (await tx.query(query.text, driverValues(query))).affectedRows ?? 0,
      }),
    );
}
