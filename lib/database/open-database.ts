// Opens the configured database: PGlite in MERIDIAN_DATA_DIR by default, PostgreSQL when
// DATABASE_URL is set. Returns a Prisma client plus a raw SQL runner and a close function.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client, Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { poolRows } from "./pool-rows";
import { pgliteTransaction, poolTransaction, type RawTransaction } from "./raw-transaction";
import { pgliteRunner, pgRunner, type SqlRunner } from "./sql-runner";

export interface OpenDatabase {
  prisma: PrismaClient;
  /**
   * The rows of one read-only statement, as `prisma.$queryRaw` returns them: on PostgreSQL
   * straight from the pool Prisma uses (see ./pool-rows.ts), on PGlite through Prisma. Not in a
   * transaction: for statements that run on every request outside one.
   */
  queryRows<T>(query: Prisma.Sql): Promise<T[]>;
  /** A transaction straight on the driver, for bulk statements (see ./raw-transaction.ts). */
  rawTransaction: RawTransaction;
  /** The embedded engine, when it is PGlite (for snapshots and backups). */
  pglite?: PGlite;
  sql: SqlRunner;
  kind: "pglite" | "postgresql";
  close(): Promise<void>;
}

export async function openPglite(dir?: string, loadDataDir?: Blob): Promise<OpenDatabase> {
  if (dir) mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const pg = new PGlite({ dataDir: dir, extensions: { pg_trgm }, loadDataDir });
  await pg.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) });
  return {
    prisma,
    queryRows: (query) => prisma.$queryRaw(query),
    rawTransaction: pgliteTransaction(pg),
    sql: pgliteRunner(pg),
    pglite: pg,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pg.close();
    },
  };
}

export async function openPostgres(connectionString: string): Promise<OpenDatabase> {
  const client = new Client({ connectionString });
  await client.connect();
  // One pool for Prisma and for queryRows, so the connection count stays at `max`.
  const pool = new Pool({ connectionString, max: 10 });
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener
  // its error event would end the process.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    queryRows: (query) => poolRows(pool, query),
    rawTransaction: poolTransaction(pool),
    sql: pgRunner(client),
    kind: "postgresql",
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
      await client.end();
    },
  };
}

export async function openConfiguredDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(path.join(options.dataDir, "pgdata"));
}
