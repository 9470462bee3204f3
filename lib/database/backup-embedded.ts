// PGlite's crash safety is not proven (a killed process once left a directory that would not
// reopen), so every start keeps a compressed copy of the data directory; `npm run cli -- restore`
// brings one back.
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

const KEEP = 5;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, "backups");
}

export async function backupEmbedded(pg: PGlite, dataDir: string): Promise<string> {
  const dir = backupsDir(dataDir);
  // Backups hold password hashes and webhook secrets: readable by the server's user only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // made by older versions with the default mode
  const dump = (await pg.dumpDataDir("gzip")) as Blob;
  const file = path.join(dir, `pgdata-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  const all = readdirSync(dir).filter((f) => f.startsWith("pgdata-")).sort();
  for (const old of all.slice(0, Math.max(0, all.length - KEEP))) rmSync(path.join(dir, old));
  return file;
}
