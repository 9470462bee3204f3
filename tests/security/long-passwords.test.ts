// Attack: guess only the first 72 bytes of a long password (bcrypt ignores the rest).
import { beforeAll, describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { authenticate } from "@/lib/auth/authenticate";
import { requireStrongPassword } from "@/lib/auth/password-policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-foundation";

setupTestDatabase({ seeded: true });
let actors: Awaited<ReturnType<typeof seedAndLoadActors>>;
beforeAll(async () => {
  actors = await seedAndLoadActors();
});

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
  it("an admin cannot give a user a common password; the refusal carries strength feedback codes", async () => {
    const admin = actors["admin@meridian.test"];
    const viewer = actors["viewer@meridian.test"];
    const error = await resetPassword(admin, { id: viewer.id, password: "password1234" }).catch((e) => e);
    expect(error).toMatchObject({ code: "PASSWORD_TOO_WEAK", status: 422, details: { path: "password", warning: expect.any(String) } });
    await expect(
      createUser(admin, { email: "qwerty@meridian.test", name: "Q", role: "viewer", password: "qwertyuiop12" }),
    ).rejects.toMatchObject({ code: "PASSWORD_TOO_WEAK" });
    // The user's own e-mail is a guessable password too.
    expect(() => requireStrongPassword("vic.viewer@meridian.test", ["vic.viewer@meridian.test"])).toThrow();
    await expect(resetPassword(admin, { id: viewer.id, password: "violet tractor umbrella 42" })).resolves.toBeUndefined();
  });
});
