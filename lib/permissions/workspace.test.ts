// Every workspace-administration operation, run as every demo role: only admins pass, and
// each refusal is a FORBIDDEN that the audit log records through the wrappers.
import { beforeAll, describe, expect, it } from "vitest";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { getDb } from "@/lib/db";
import { findMarkets } from "@/lib/markets/find-markets";
import { createMarket } from "@/lib/markets/create-market";
import { updateMarket } from "@/lib/markets/update-market";
import type { Actor } from "@/lib/permissions/actor";
import { seedAndLoadActors, type DemoEmail } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { createUser } from "@/lib/users/create-user";
import { findUsers } from "@/lib/users/find-users";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";

setupTestDatabase({ seeded: true });
let actors: Record<DemoEmail, Actor>;
beforeAll(async () => {
  actors = await seedAndLoadActors();
});

const NON_ADMINS: DemoEmail[] = [
  "brand@meridian.test",
  "campaigns@meridian.test",
  "de.marketer@meridian.test",
  "de.approver@meridian.test",
  "fr.marketer@meridian.test",
  "jp.marketer@meridian.test",
  "translator@meridian.test",
  "viewer@meridian.test",
];

describe("workspace administration permissions", () => {
  const market = { code: "XX", name: "Test", locales: ["en-GB"], currency: "GBP", timeZone: "Europe/London" };

  it.each(NON_ADMINS)("%s cannot manage users, markets or read the audit log", async (email) => {
    const actor = actors[email];
    const target = actors["viewer@meridian.test"];
    const forbidden = { code: "FORBIDDEN", denial: true };
    await expect(findUsers(actor)).rejects.toMatchObject(forbidden);
    await expect(
      createUser(actor, { email: `x-${actor.id}@t.test`, name: "X", role: "viewer", password: "long-enough-pw" }),
    ).rejects.toMatchObject(forbidden);
    await expect(updateUser(actor, { id: target.id, role: "admin" })).rejects.toMatchObject(forbidden);
    await expect(resetPassword(actor, { id: target.id, password: "long-enough-pw" })).rejects.toMatchObject(forbidden);
    await expect(createMarket(actor, market)).rejects.toMatchObject(forbidden);
    await expect(updateMarket(actor, { id: actor.marketIds[0] ?? "none", name: "Hacked" })).rejects.toMatchObject(forbidden);
    await expect(findAuditEvents(actor, {})).rejects.toMatchObject(forbidden);
  });

  it("the admin can do all of it", async () => {
    const admin = actors["admin@meridian.test"];
    expect((await findUsers(admin)).length).toBe(10);
    const created = await createMarket(admin, market);
    await updateMarket(admin, { id: created.id, name: "Testland" });
    const log = await findAuditEvents(admin, { action: "market." });
    expect(log.items.map((e) => e.action)).toEqual(["market.update", "market.create"]);
    expect(log.items[0]!.before).toMatchObject({ name: "Test" });
    expect(log.items[0]!.after).toMatchObject({ name: "Testland" });
  });

  it("an admin cannot lock themselves out", async () => {
    const admin = actors["admin@meridian.test"];
    await expect(updateUser(admin, { id: admin.id, disabled: true })).rejects.toMatchObject({ code: "CANNOT_LOCK_OUT_SELF" });
  });

  it("markets are scoped: a German marketer lists only Germany, HQ lists all", async () => {
    const de = await findMarkets(actors["de.marketer@meridian.test"]);
    expect(de.map((m) => m.code)).toEqual(["DE"]);
    const hq = await findMarkets(actors["brand@meridian.test"]);
    expect(hq.map((m) => m.code).sort()).toEqual(expect.arrayContaining(["BR", "DE", "FR", "JP", "SA", "US"]));
    const globalViewer = await findMarkets(actors["viewer@meridian.test"]);
    expect(globalViewer.length).toBeGreaterThanOrEqual(6);
  });

  it("someone else's token answers not found, and revoking your own works", async () => {
    const fr = actors["fr.marketer@meridian.test"];
    const de = actors["de.marketer@meridian.test"];
    const token = await createApiToken(fr, { name: "mine" });
    await expect(revokeApiToken(de, { id: token.id })).rejects.toMatchObject({ code: "NOT_FOUND", denial: true });
    await revokeApiToken(fr, { id: token.id });
    const db = await getDb();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
  });
});
