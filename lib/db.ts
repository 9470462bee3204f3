// The one database handle of the app. The first use opens the configured database (PGlite or
// PostgreSQL, see lib/database/open-database.ts) and, for the embedded database, applies any
// pending migration. Kept on globalThis so dev reloads never open the data directory twice.
// Tests install their own database with `installDatabase`.
import { dataDir, env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { openConfiguredDatabase, type OpenDatabase } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import type { RawSql } from "@/lib/database/raw-transaction";

export type { RawSql };

type Global = { __meridianDb?: Promise<OpenDatabase> };
const store = globalThis as unknown as Global;

export function installDatabase(database: OpenDatabase | Promise<OpenDatabase>): void {
  store.__meridianDb = Promise.resolve(database);
}

export function database(): Promise<OpenDatabase> {
  store.__meridianDb ??= (async () => {
    const opened = await openConfiguredDatabase({
      databaseUrl: env().DATABASE_URL,
      dataDir: dataDir(),
    });
    await runMigrations(opened.sql);
    return opened;
  })();
  return store.__meridianDb;
}

export async function getDb(): Promise<PrismaClient> {
  return (await database()).prisma;
}

/**
 * The rows of one read-only statement outside a transaction, as `$queryRaw` returns them, at
 * less CPU on PostgreSQL (see lib/database/pool-rows.ts): for the statements of every request.
 */
export async function queryRows<T>(query: Prisma.Sql): Promise<T[]> {
  return (await database()).queryRows<T>(query);
}

/**
 * Runs `fn` in one transaction straight on the driver, outside Prisma: for bulk statements with
 * large parameters (lib/database/raw-transaction.ts). On PGlite it waits for, and then holds,
 * the one connection, as a Prisma transaction does.
 */
export async function rawTransaction<T>(fn: (tx: RawSql) => Promise<T>): Promise<T> {
  return (await database()).rawTransaction(fn);
}

/** A Prisma client or an interactive transaction client: domain functions accept either. */
export type Db = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;
