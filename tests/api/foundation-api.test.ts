// Route handlers called as the server would call them, on a real database.
import { beforeAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as v1AuthTokenRoute from "@/app/api/v1/auth/token/route";
import * as v1MeRoute from "@/app/api/v1/me/route";
import { getDb } from "@/lib/db";
import { apiRoute } from "@/lib/http/api-route";
import { seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: health } = documentedRoute("/api/health", healthRoute);
const { POST: issueToken } = documentedRoute("/api/v1/auth/token", v1AuthTokenRoute);
const { GET: me } = documentedRoute("/api/v1/me", v1MeRoute);

setupTestDatabase({ seeded: true });
let actors: Awaited<ReturnType<typeof seedAndLoadActors>>;
beforeAll(async () => {
  actors = await seedAndLoadActors();
});

const noParams = { params: Promise.resolve({}) };
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("API foundation", () => {
  it("health answers ok", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("issues a token for valid credentials and uses it", async () => {
    const res = await issueToken(
      new Request("http://t/api/v1/auth/token", json({ email: "de.marketer@meridian.test", password: "meridian-demo" })),
      noParams,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.token).toMatch(/^mrd_/);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const who = await me(new Request("http://t/api/v1/me", { headers: { authorization: `Bearer ${body.token}` } }), noParams);
    expect(who.status).toBe(200);
    expect(await who.json()).toMatchObject({ email: "de.marketer@meridian.test", role: "regional_marketer", markets: [{ code: "DE" }] });
    const db = await getDb();
    const stored = await db.apiToken.findFirstOrThrow({ where: { id: body.id } });
    expect(stored.tokenHash).not.toContain(body.token.slice(4));
  });

  it("answers errors as JSON with the right status", async () => {
    const wrongType = await issueToken(new Request("http://t", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" }), noParams);
    expect(wrongType.status).toBe(415);
    expect((await wrongType.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const badJson = await issueToken(new Request("http://t", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }), noParams);
    expect(badJson.status).toBe(400);
    const invalid = await issueToken(new Request("http://t", json({ email: "nope" })), noParams);
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.details.length).toBeGreaterThan(0);
    const wrong = await issueToken(new Request("http://t", json({ email: "jp.marketer@meridian.test", password: "wrong" })), noParams);
    expect(wrong.status).toBe(401);
    const large = await issueToken(
      new Request("http://t", json({ email: "a@b.c", password: "x".repeat(2_000_000) })),
      noParams,
    );
    expect(large.status).toBe(413);
    const anonymous = await me(new Request("http://t/api/v1/me"), noParams);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("rate-limits token requests with 429 and Retry-After", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await issueToken(new Request("http://t", json({ email: "viewer@meridian.test", password: "wrong" })), noParams);
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses revoked tokens and writes through read-only tokens, auditing the denial", async () => {
    const fr = actors["fr.marketer@meridian.test"];
    const token = await createApiToken(fr, { name: "ro", readOnly: true });
    const write = apiRoute(async () => ({ wrote: true }));
    const read = apiRoute(async () => ({ read: true }));
    const auth = { authorization: `Bearer ${token.token}` };
    expect((await read(new Request("http://t/x", { headers: auth }), noParams)).status).toBe(200);
    const refused = await write(new Request("http://t/x", { method: "POST", headers: auth }), noParams);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("READ_ONLY_TOKEN");
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: "permission.denied", actorId: fr.id } })).toBe(1);
    await revokeApiToken(fr, { id: token.id });
    expect((await read(new Request("http://t/x", { headers: auth }), noParams)).status).toBe(401);
  });

  it("a disabled user's token stops working", async () => {
    const jp = actors["jp.marketer@meridian.test"];
    const token = await createApiToken(jp, { name: "jp" });
    const db = await getDb();
    await db.user.update({ where: { id: jp.id }, data: { disabledAt: new Date() } });
    const res = await me(new Request("http://t/api/v1/me", { headers: { authorization: `Bearer ${token.token}` } }), noParams);
    expect(res.status).toBe(401);
  });
});
