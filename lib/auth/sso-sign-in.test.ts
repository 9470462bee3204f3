// OIDC sign-in against the real database: matching by verified e-mail, just-in-time accounts from
// the group claim, refusals, UserSession rows; and SSO_REQUIRED closing password sign-in.
process.env.OIDC_ROLE_MAP = "meridian-de=regional_marketer:DE+XX,meridian-admins=admin";
process.env.SSO_REQUIRED = "true";
process.env.SSO_BREAK_GLASS_EMAIL = "Admin@Meridian.test";

import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-foundation";
import { isPasswordSignInAllowed, signInWithOidc } from "./sso-sign-in";
import { loadSessionActor } from "./user-session";
import { verifyPassword } from "./password";

setupTestDatabase({ seeded: true });

describe("signInWithOidc", () => {
  it("creates a new user with the mapped role and the markets that exist, and starts a session", async () => {
    const result = await signInWithOidc({ sub: "x1", email: "Nina@Brand.example", email_verified: true, name: "Nina N", groups: ["staff", "meridian-de"] });
    const actor = await loadSessionActor(result.sid, result.sessionVersion);
    const db = await getDb();
    const de = await db.market.findUniqueOrThrow({ where: { code: "DE" } });
    expect(actor).toMatchObject({ email: "nina@brand.example", name: "Nina N", role: "regional_marketer", marketIds: [de.id] });
    const user = await db.user.findUniqueOrThrow({ where: { email: "nina@brand.example" } });
    expect(await verifyPassword("!sso", user.passwordHash)).toBe(false);
    const audit = await db.auditEvent.findFirst({ where: { action: "user.create", entityId: user.id } });
    expect(audit?.meta).toMatchObject({ source: "oidc", unknownMarkets: ["XX"] });
  });

  it("signs an existing user in by verified e-mail without changing their role", async () => {
    const first = await signInWithOidc({ email: "de.marketer@meridian.test", email_verified: true, groups: ["meridian-admins"] });
    const second = await signInWithOidc({ email: "de.marketer@meridian.test", email_verified: true, groups: ["meridian-admins"] });
    expect(first.sid).not.toBe(second.sid);
    expect((await loadSessionActor(first.sid))?.role).toBe("regional_marketer");
    const db = await getDb();
    expect(await db.userSession.count({ where: { userId: first.id, revokedAt: null } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses an unverified e-mail, someone in no mapped group, and a disabled account", async () => {
    await expect(signInWithOidc({ email: "de.marketer@meridian.test", groups: ["meridian-admins"] })).rejects.toMatchObject({ code: "SSO_EMAIL_NOT_VERIFIED", status: 403 });
    await expect(signInWithOidc({ email: "new@brand.example", email_verified: true, groups: ["staff"] })).rejects.toMatchObject({ code: "SSO_NOT_PROVISIONED" });
    const db = await getDb();
    expect(await db.user.count({ where: { email: "new@brand.example" } })).toBe(0);
    await db.user.update({ where: { email: "viewer@meridian.test" }, data: { disabledAt: new Date() } });
    await expect(signInWithOidc({ email: "viewer@meridian.test", email_verified: true })).rejects.toMatchObject({ code: "SSO_ACCOUNT_DISABLED" });
  });
});

describe("SSO_REQUIRED", () => {
  it("refuses passwords for everyone but the break-glass admin", async () => {
    await expect(authenticate({ email: "brand@meridian.test", password: DEMO_PASSWORD })).rejects.toMatchObject({ code: "SSO_REQUIRED", status: 403 });
    expect((await authenticate({ email: "admin@meridian.test", password: DEMO_PASSWORD })).email).toBe("admin@meridian.test");
  });

  it("allows every password sign-in when SSO is optional", () => {
    expect(isPasswordSignInAllowed("brand@meridian.test", { SSO_REQUIRED: false, SSO_BREAK_GLASS_EMAIL: undefined })).toBe(true);
    expect(isPasswordSignInAllowed("brand@meridian.test", { SSO_REQUIRED: true, SSO_BREAK_GLASS_EMAIL: undefined })).toBe(false);
  });
});
