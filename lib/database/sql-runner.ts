// The smallest SQL surface the migration runner and test helpers need, over PGlite or pg.
import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";

export interface SqlRunner {
  /** Runs one or more statements with no parameters (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction(fn: (tx: SqlRunner) => Promise<void>): Promise<void>;
}

export function pgliteRunner(pg: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await pg.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows,
    transaction: async (fn) => {
      await pg.transaction(async (tx) => {
        await fn({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
          transaction: () => Promise.reject(new Error("nested transaction")),
        });
      });
    },
  };
}

export function pgRunner(client: Client): SqlRunner {
  const runner: SqlRunner = {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params as unknown[])).rows as T[],
    transaction: async (fn) => {
      await client.query("BEGIN");
      try {
        await fn({ ...runner, transaction: () => Promise.reject(new Error("nested transaction")) });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
  return runner;
}
