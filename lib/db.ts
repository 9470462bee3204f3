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

export interface TransactionOptions {
  /** Milliseconds the transaction may run (default 15 s; imports and publishes set more). */
  timeout?: number;
  /** Milliseconds to wait for a connection (PGlite has one). */
  maxWait?: number;
}

/**
 * Runs `fn` in the caller's transaction when there is one, else in a new one: the single place
 * that decides, so operations compose (an import calls the save operation inside its own
 * transaction) without each writing `tx ? run(tx) : db.$transaction(run)`.
 */
export async function withTransaction<T>(tx: Db | undefined, fn: (tx: Db) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  if (tx) return fn(tx);
  return (await getDb()).$transaction(fn, { timeout: options.timeout ?? 15_000, maxWait: options.maxWait ?? 10_000 });
}
