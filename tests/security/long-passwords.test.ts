// Attack: guess only the first 72 bytes of a long password (bcrypt ignores the rest).
import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { authenticate } from "@/lib/auth/authenticate";
import { passwordSchema } from "@/lib/auth/auth.schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-foundation";

setupTestDatabase({ seeded: true });

describe("long passwords", () => {
  it("two 100-character passwords that differ only at the end are different passwords", async () => {
    const stem = "correct horse battery staple ".repeat(4).slice(0, 99);
    const mine = `${stem}A`;
    const guess = `${stem}B`;
    const stored = await hashPassword(mine);
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(mine, stored)).toBe(true);
    expect(await verifyPassword(guess, stored)).toBe(false);
  });

  it("a bcrypt hash from before still signs in, and is upgraded to argon2id then", async () => {
    const db = await getDb();
    const legacy = await bcrypt.hash(DEMO_PASSWORD, 4);
    await db.user.update({ where: { email: "brand@meridian.test" }, data: { passwordHash: legacy } });
    await authenticate({ email: "brand@meridian.test", password: DEMO_PASSWORD }, { ip: "203.0.113.1" });
    const after = await db.user.findUniqueOrThrow({ where: { email: "brand@meridian.test" } });
    expect(after.passwordHash.startsWith("$argon2id$")).toBe(true);
    await expect(authenticate({ email: "brand@meridian.test", password: DEMO_PASSWORD }, { ip: "203.0.113.1" })).resolves.toBeTruthy();
  });
});

describe("common passwords", () => {
  it("refuses a common password with strength feedback, accepts a strong one", () => {
    const weak = passwordSchema.safeParse("password1234");
    expect(weak.success).toBe(false);
    expect(weak.error!.issues[0]).toMatchObject({ message: "PASSWORD_TOO_WEAK", params: { warning: expect.any(String) } });
    expect(passwordSchema.safeParse("qwertyuiop12").success).toBe(false);
    expect(passwordSchema.safeParse("violet tractor umbrella 42").success).toBe(true);
  });
});
