// Fault injection: the process is killed (SIGKILL) in the middle of an XLIFF import, a termbase
// import and a publish, after some of the operation's writes were sent; the database then holds
// exactly what it held before — every table's rows and contents, nothing partial. On PostgreSQL
// when TEST_DATABASE_URL is set (the server rolls back the dead connection's transaction), else
// on PGlite in a directory (the engine's recovery replays its log when the next process opens it).
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/database/open-database";
import { runMigrations } from "@/lib/database/run-migrations";
import { createTestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "@/prisma/seed";
import type { ChildMessage, CrashOperation } from "./crash-child";
import { databaseFingerprint } from "./database-fingerprint";

const onPostgres = !!process.env.TEST_DATABASE_URL;
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A seeded database another process can open: its URL or PGlite directory, and how to reopen it. */
async function seededDatabase() {
  if (onPostgres) {
    const db = await createTestDatabase({ seeded: true });
    cleanups.push(db.drop);
    return { target: db.url!, fingerprint: () => databaseFingerprint(db.prisma) };
  }
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "meridian-crash-")), "pgdata");
  const snapshot = process.env.MERIDIAN_TEST_SNAPSHOT_SEEDED;
  const db = await openPglite(dir, snapshot ? new Blob([readFileSync(snapshot)]) : undefined);
  if (!snapshot) {
    await runMigrations(db.sql);
    await seedDemo(db.prisma);
  }
  await db.close();
  cleanups.push(async () => rmSync(path.dirname(dir), { recursive: true, force: true }));
  return {
    target: dir,
    fingerprint: async () => {
      const reopened = await openPglite(dir);
      try {
        return await databaseFingerprint(reopened.prisma);
      } finally {
        await reopened.close();
      }
    },
  };
}

/** Runs the child until its trap fires, kills it, and returns what it saw before and where. */
async function killMidOperation(operation: CrashOperation, target: string) {
  const child: ChildProcess = fork(path.join(import.meta.dirname, "crash-child.ts"), [operation, target], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, CRASH_AT_WRITE: "2" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let before: Record<string, string> | undefined;
  const trapped = await new Promise<{ trapped: number; statement: string }>((resolve, reject) => {
    child.on("message", (message: ChildMessage) => {
      if ("fingerprint" in message) before = message.fingerprint;
      else resolve(message);
    });
    child.once("exit", (code) => reject(new Error(`the child exited (${code}) before its trap`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  return { before: before!, trapped };
}

describe(`killed mid-operation, nothing partial (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  // One database for the three: each compares with the state its own child saw before the
  // operation, so what an earlier child prepared (and committed) does not matter.
  let shared: ReturnType<typeof seededDatabase> | undefined;
  it.each<CrashOperation>(["xliff-import", "termbase-import", "publish"])("%s", async (operation) => {
    const db = await (shared ??= seededDatabase());
    const { before, trapped } = await killMidOperation(operation, db.target);
    // The operation had sent writes when it died: an operation outside one transaction would
    // have left them behind.
    expect(trapped.trapped).toBe(2);
    expect(await db.fingerprint()).toEqual(before);
  }, 60_000);
});
