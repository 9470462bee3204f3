// Operator CLI: `npm run cli -- <command>`. Runs the same domain functions as the app.
import { copyFileSync, existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { installDatabase } from "@/lib/db";
import { backupsDir } from "@/lib/database/backup-embedded";
import { dataDirOwner } from "@/lib/database/data-dir-lock";
import { dataDir, isEmbeddedDatabase } from "@/lib/env";
import { unsafeCreateUser } from "@/lib/users/create-user";
import { unsafeResetPassword } from "@/lib/users/reset-password";
import { createUserSchema } from "@/lib/users/user.schemas";
import { openDatabase, prepareDatabase } from "./prepare-database";

const HELP = `Meridian operator CLI

  npm run cli -- migrate                      apply pending migrations
  npm run cli -- seed                         seed the demo workspace (only into an empty database)
  npm run cli -- create-user --email E --name N --role R [--markets DE,FR] --password P
  npm run cli -- reset-password --email E --password P
  npm run cli -- restore --file F             restore an embedded-database backup (server stopped)

Roles: admin, hq_brand, hq_campaign, regional_marketer, regional_approver, translator, viewer.
DATABASE_URL selects PostgreSQL; otherwise the embedded database in MERIDIAN_DATA_DIR (default ./.data).`;

async function withDb<T>(fn: () => Promise<T>): Promise<T> {
  const db = await openDatabase();
  installDatabase(db);
  try {
    return await fn();
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      markets: { type: "string" },
      password: { type: "string" },
      file: { type: "string" },
    },
  });
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return;
  }
  if (isEmbeddedDatabase()) {
    const owner = dataDirOwner(dataDir());
    if (owner) {
      throw new Error(
        `The embedded database in ${dataDir()} is in use by a running server (pid ${owner}). ` +
          `Stop the server first (PGlite allows one process at a time).`,
      );
    }
  }
  switch (command) {
    case "migrate":
      await prepareDatabase({ seed: false, backup: false });
      return;
    case "seed":
      await prepareDatabase({ seed: true, backup: false });
      return;
    case "create-user":
      await withDb(async () => {
        const db = (await import("@/lib/db")).getDb;
        const prisma = await db();
        const codes = (values.markets ?? "").split(",").map((s) => s.trim().toUpperCase()).filter(Boolean);
        const markets = await prisma.market.findMany({ where: { code: { in: codes } } });
        if (markets.length !== codes.length) throw new Error(`Unknown market code in: ${codes.join(", ")}`);
        const input = createUserSchema.parse({
          email: values.email,
          name: values.name,
          role: values.role,
          password: values.password,
          marketIds: markets.map((m) => m.id),
        });
        const user = await unsafeCreateUser(input);
        console.log(`created ${user.email} (${user.role})`);
      });
      return;
    case "reset-password":
      await withDb(async () => {
        const prisma = await (await import("@/lib/db")).getDb();
        const user = await prisma.user.findUnique({ where: { email: String(values.email ?? "").toLowerCase() } });
        if (!user) throw new Error(`No user with email ${values.email}`);
        await unsafeResetPassword({ id: user.id, password: String(values.password ?? "") });
        console.log(`password reset for ${user.email}; their sessions were ended`);
      });
      return;
    case "restore": {
      if (!isEmbeddedDatabase()) throw new Error("restore is for the embedded database; use pg_restore for PostgreSQL");
      const file = values.file ? path.resolve(values.file) : "";
      if (!file || !existsSync(file)) throw new Error(`Backup not found: ${file || "(none)"}; backups are in ${backupsDir(dataDir())}`);
      const { PGlite } = await import("@electric-sql/pglite");
      const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
      const { readFileSync } = await import("node:fs");
      const target = path.join(dataDir(), "pgdata");
      const aside = `${target}.broken-${Date.now()}`;
      if (existsSync(target)) renameSync(target, aside);
      mkdirSync(dataDir(), { recursive: true });
      const pg = new PGlite({ dataDir: target, extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(file)]) });
      await pg.waitReady;
      await pg.close();
      copyFileSync(file, path.join(dataDir(), "last-restored.tar.gz"));
      console.log(`restored ${file} into ${target}${existsSync(aside) ? `; the previous directory was kept as ${aside}` : ""}`);
      return;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      process.exitCode = 2;
  }
}

main().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
