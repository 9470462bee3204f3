// PGlite has no cross-process locking: one process owns the data directory. The server records
// its pid here; the CLI and a second `npm start` refuse while that process is alive.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

function lockFile(dataDir: string): string {
  return path.join(dataDir, "server.pid");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of a live process that owns the data directory, or null. */
export function dataDirOwner(dataDir: string): number | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

export function claimDataDir(dataDir: string): void {
  const owner = dataDirOwner(dataDir);
  if (owner) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by a running server (pid ${owner}). ` +
        `Stop it first, or set DATABASE_URL to use PostgreSQL.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), String(process.pid));
}

export function releaseDataDir(dataDir: string): void {
  const file = lockFile(dataDir);
  if (existsSync(file) && readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
}
