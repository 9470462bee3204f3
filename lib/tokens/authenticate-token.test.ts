import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { marketId, seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { authenticateToken } from "./authenticate-token";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";

setupTestDatabase({ seeded: true });
let actors: Awaited<ReturnType<typeof seedAndLoadActors>>;
beforeAll(async () => {
  actors = await seedAndLoadActors();
});

describe("authenticateToken", () => {
  it("resolves a token to its owner with markets and read-only flag, and records the last use", async () => {
    const de = actors["de.marketer@meridian.test"];
    const { token, id } = await createApiToken(de, { name: "t", readOnly: true });
    const actor = await authenticateToken(token);
    expect(actor).toEqual({ ...(await loadActor(de.id)), readOnly: true });
    expect(actor?.marketIds).toEqual([await marketId("DE")]);
    const db = await getDb();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    expect(await authenticateToken(`${token}x`)).toBeNull();
    expect(await authenticateToken("not-a-token")).toBeNull();
  });

  it("reads every decision fresh: revocation, expiry, disabling and market changes apply to the next request", async () => {
    const fr = actors["fr.marketer@meridian.test"];
    const db = await getDb();
    const revoked = await createApiToken(fr, { name: "revoked" });
    expect(await authenticateToken(revoked.token)).not.toBeNull();
    await revokeApiToken(fr, { id: revoked.id });
    expect(await authenticateToken(revoked.token)).toBeNull();

    const expired = await createApiToken(fr, { name: "expired" });
    expect(await authenticateToken(expired.token)).not.toBeNull();
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateToken(expired.token)).toBeNull();

    const live = await createApiToken(fr, { name: "live" });
    const us = await marketId("US");
    await db.membership.create({ data: { userId: fr.id, marketId: us } });
    expect((await authenticateToken(live.token))?.marketIds).toEqual([await marketId("FR"), us]);
    await db.membership.delete({ where: { userId_marketId: { userId: fr.id, marketId: us } } });
    expect((await authenticateToken(live.token))?.marketIds).toEqual([await marketId("FR")]);
    await db.user.update({ where: { id: fr.id }, data: { disabledAt: new Date() } });
    expect(await authenticateToken(live.token)).toBeNull();
    await db.user.update({ where: { id: fr.id }, data: { disabledAt: null } });
    expect(await authenticateToken(live.token)).not.toBeNull();
  });
});
