import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "@/prisma/seed";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-foundation";
import { createUser } from "./create-user";
import { updateUser } from "./update-user";

setupTestDatabase();

async function actorFor(email: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

describe("users", () => {
  it("seeds the demo workspace once", async () => {
    const db = await getDb();
    expect(await seedDemo(db)).toBe("seeded");
    expect(await seedDemo(db)).toBe("skipped");
    expect(await db.market.count()).toBeGreaterThanOrEqual(6);
    expect(await db.user.count()).toBe(10);
  });

  it("signs in with the demo password and refuses a wrong one, auditing both", async () => {
    const ok = await authenticate({ email: "brand@meridian.test", password: DEMO_PASSWORD });
    expect(ok.email).toBe("brand@meridian.test");
    await expect(authenticate({ email: "brand@meridian.test", password: "nope" })).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in_failed" } })).toBe(1);
  });

  it("rate-limits repeated failed sign-ins", async () => {
    for (let i = 0; i < 5; i++) {
      await authenticate({ email: "viewer@meridian.test", password: "wrong" }).catch(() => undefined);
    }
    await expect(authenticate({ email: "viewer@meridian.test", password: DEMO_PASSWORD })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("disabling a user refuses sign-in and ends open sessions", async () => {
    const admin = await actorFor("admin@meridian.test");
    const fr = await actorFor("fr.marketer@meridian.test");
    const db = await getDb();
    const before = await db.user.findUniqueOrThrow({ where: { id: fr.id } });
    const fr1 = await db.market.findUniqueOrThrow({ where: { code: "FR" } });
    const held = await db.variant.updateMany({ where: { marketId: fr1.id, state: { notIn: ["approved", "published", "archived"] } }, data: { assigneeId: fr.id } });
    await updateUser(admin, { id: fr.id, disabled: true });
    // Open work they held is released, so it reaches someone else.
    expect(held.count).toBeGreaterThan(0);
    expect(await db.variant.count({ where: { assigneeId: fr.id, state: { notIn: ["approved", "published", "archived"] } } })).toBe(0);
    expect(await loadActor(fr.id, before.sessionVersion)).toBeNull();
    await expect(authenticate({ email: "fr.marketer@meridian.test", password: DEMO_PASSWORD })).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
  });

  it("only admins create users", async () => {
    const brand = await actorFor("brand@meridian.test");
    const input = { email: "new@meridian.test", name: "New", role: "viewer" as const, password: "long-enough-pw" };
    await expect(createUser(brand, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await actorFor("admin@meridian.test");
    const created = await createUser(admin, input);
    expect(created.email).toBe("new@meridian.test");
    await expect(createUser(admin, input)).rejects.toMatchObject({ code: "USER_EMAIL_TAKEN" });
  });
});
