// Attack: another account on the server reads a backup of the embedded database (password
// hashes, webhook secrets) or the generated session secret.
import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { generatedAuthSecret } from "@/lib/auth/auth-secret";
import { backupEmbedded, backupsDir } from "@/lib/database/backup-embedded";

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe("files with secrets in the data directory", () => {
  it("backups are written 0600 in a 0700 folder, even one an older version made 0755", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "meridian-backup-"));
    mkdirSync(backupsDir(dataDir), { mode: 0o755 });
    const pg = new PGlite();
    try {
      await pg.exec("CREATE TABLE secret (v text); INSERT INTO secret VALUES ('hash');");
      const file = await backupEmbedded(pg, dataDir);
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(backupsDir(dataDir))).toBe(0o700);
    } finally {
      await pg.close();
    }
  }, 60_000);

  it("the generated session secret is 0600", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "meridian-secret-"));
    expect(generatedAuthSecret(dataDir)).toHaveLength(43);
    expect(modeOf(path.join(dataDir, "auth-secret"))).toBe(0o600);
  });
});
