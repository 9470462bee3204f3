// PGlite's crash safety is not proven (a killed process once left a directory that would not
// reopen), so every start keeps a compressed copy of the data directory; `npm run cli -- restore`
// brings one back.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

const KEEP = 5;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, "backups");
}

export async function backupEmbedded(pg: PGlite, dataDir: string): Promise<string> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const dump = (await pg.dumpDataDir("gzip")) as Blob;
  const file = path.join(dir, `pgdata-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  const all = readdirSync(dir).filter((f) => f.startsWith("pgdata-")).sort();
  for (const old of all.slice(0, Math.max(0, all.length - KEEP))) rmSync(path.join(dir, old));
  return file;
}
