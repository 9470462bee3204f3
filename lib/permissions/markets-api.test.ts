// POST /api/v1/markets: admins only (403 for every other role, before the body is read), 201 with
// the market, 409 when the code exists, 422 for an invalid body; one audit record per market.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/markets/route";
import { getDb } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";

setupTestDatabase({ seeded: true });

const WHO = ["admin", "brand", "campaigns", "de.marketer", "de.approver", "translator", "viewer"] as const;
const tokens = {} as Record<(typeof WHO)[number], string>;
const noParams = { params: Promise.resolve({}) } as never;

beforeAll(async () => {
  const db = await getDb();
  for (const who of WHO) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    tokens[who] = (await createApiToken((await loadActor(user.id))!, { name: "t" })).token;
  }
});

const post = (token: string, body: unknown) =>
  createRoute(new Request("http://x/api/v1/markets", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }), noParams);

const market = { code: "nl", name: "Netherlands", locales: ["nl-NL"], currency: "eur", timeZone: "Europe/Amsterdam", fallbackLocale: "en-US" };

describe("POST /api/v1/markets", () => {
  it("answers 403 to every role but admin, even with a body it cannot read", async () => {
    for (const who of WHO.filter((w) => w !== "admin")) {
      const res = await post(tokens[who], "{not json");
      expect(res.status, who).toBe(403);
    }
    expect(await (await getDb()).market.findUnique({ where: { code: "NL" } })).toBeNull();
  });

  it("creates the market for an admin (201), audited; 409 for a taken code; 422 for an invalid body", async () => {
    const res = await post(tokens.admin, market);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ code: "NL", name: "Netherlands", locales: ["nl-NL"], currency: "EUR", timeZone: "Europe/Amsterdam", fallbackLocale: "en-US" });
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: "market.create", entityId: created.id } })).toBe(1);

    const again = await post(tokens.admin, { ...market, name: "Other" });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("MARKET_CODE_TAKEN");

    for (const bad of [{ ...market, code: "B", name: "x" }, { ...market, code: "BE", locales: [] }, { ...market, code: "BE", timeZone: "Mars/Olympus" }, { ...market, code: "BE", currency: "euro" }]) {
      expect((await post(tokens.admin, bad)).status).toBe(422);
    }
    expect(await db.market.findUnique({ where: { code: "BE" } })).toBeNull();
  });
});
