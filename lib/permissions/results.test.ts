// Every results/dashboard denial by role × own market / other market, through the domain
// functions and the API v1 routes (tokens), against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1CampaignsIdResultsRoute from "@/app/api/v1/campaigns/[id]/results/route";
import * as v1VariantsIdResultsRoute from "@/app/api/v1/variants/[id]/results/route";
import { loadActor } from "@/lib/auth/load-actor";
import { loadCoverage } from "@/lib/dashboard/load-coverage";
import { getDb } from "@/lib/db";
import { getCampaignResults } from "@/lib/results/get-campaign-results";
import { getVariantResults } from "@/lib/results/get-variant-results";
import { importResultsCsv } from "@/lib/results/import-results-csv";
import { recordResult } from "@/lib/results/record-result";
import { createFactoryCampaign } from "@/lib/results/testing/factory";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import type { Actor } from "./actor";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: campaignResultsRoute } = documentedRoute("/api/v1/campaigns/{id}/results", v1CampaignsIdResultsRoute);
const { GET: variantResultsGet, POST: variantResultsPost } = documentedRoute("/api/v1/variants/{id}/results", v1VariantsIdResultsRoute);

setupTestDatabase({ seeded: true });

const EMAILS = ["admin", "brand", "campaigns", "de.marketer", "de.approver", "fr.marketer", "jp.marketer", "translator", "viewer"] as const;
type Who = (typeof EMAILS)[number];
const actors = {} as Record<Who, Actor>;
const ids = { campaign: "", de: "", fr: "" };
const result = { metric: "signup", kind: "rate", period: { from: "2026-10-01", to: "2026-10-31" }, exposed: { users: 1000, conversions: 80 }, holdout: { users: 1000, conversions: 60 } } as const;
const csv = "metric,kind,period_from,period_to,exposed_users,exposed_conversions\nclicks,rate,2026-10-01,2026-10-31,1000,90";
const outcome = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const tokens = {} as Record<Who, string>;

beforeAll(async () => {
  const db = await getDb();
  for (const who of EMAILS) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
  }
  const m = Object.fromEntries((await db.market.findMany()).map((x) => [x.code, x.id]));
  const c = await createFactoryCampaign(db, { name: "Perm results", variants: [{ marketId: m.DE!, locale: "de-DE" }, { marketId: m.FR!, locale: "fr-FR" }] });
  ids.campaign = c.id;
  [ids.de, ids.fr] = c.variants.map((v) => v.id) as [string, string];
  for (const who of ["brand", "de.marketer", "de.approver", "jp.marketer", "fr.marketer"] as const) tokens[who] = (await createApiToken(actors[who], { name: "t" })).token;
});

describe("recording and reading results", () => {
  const record: Record<Who, string> = {
    admin: "FORBIDDEN",
    brand: "FORBIDDEN",
    campaigns: "ok",
    viewer: "FORBIDDEN",
    "de.marketer": "ok",
    "de.approver": "FORBIDDEN",
    "fr.marketer": "NOT_FOUND",
    "jp.marketer": "NOT_FOUND",
    translator: "NOT_FOUND",
  };
  it.each(EMAILS)("%s records (form, CSV) and reads the DE variant's results as allowed", async (who) => {
    const actor = actors[who];
    expect(await outcome(recordResult(actor, { variantId: ids.de, result }))).toBe(record[who]);
    expect(await outcome(importResultsCsv(actor, { variantId: ids.de, csv }))).toBe(record[who]);
    const read = ["fr.marketer", "jp.marketer", "translator"].includes(who) ? "NOT_FOUND" : "ok";
    expect(await outcome(getVariantResults(actor, ids.de))).toBe(read);
  });

  it("a translator reads results of an assigned variant but cannot record; read-only tokens cannot record", async () => {
    const db = await getDb();
    await db.variant.update({ where: { id: ids.de }, data: { assigneeId: actors.translator.id } });
    expect(await outcome(getVariantResults(actors.translator, ids.de))).toBe("ok");
    expect(await outcome(recordResult(actors.translator, { variantId: ids.de, result }))).toBe("FORBIDDEN");
    await db.variant.update({ where: { id: ids.de }, data: { assigneeId: null } });
    expect(await outcome(recordResult({ ...actors["de.marketer"], readOnly: true }, { variantId: ids.de, result }))).toBe("FORBIDDEN");
    expect(await db.auditEvent.count({ where: { action: "result.record" } })).toBe(4); // campaigns + de.marketer, form + CSV each
  });

  it("campaign results show only the markets the actor may see; other markets' campaigns are invisible", async () => {
    const fr = await getCampaignResults(actors["fr.marketer"], ids.campaign);
    expect(fr.metrics.flatMap((m) => m.markets.map((x) => x.marketCode))).toEqual([]);
    const de = await getCampaignResults(actors["de.marketer"], ids.campaign);
    expect(new Set(de.metrics.flatMap((m) => m.markets.map((x) => x.marketCode)))).toEqual(new Set(["DE"]));
    expect(await outcome(getCampaignResults(actors["jp.marketer"], ids.campaign))).toBe("NOT_FOUND");
    expect(await outcome(getCampaignResults(actors.translator, ids.campaign))).toBe("NOT_FOUND");
    expect(await outcome(loadCoverage(actors.translator))).toBe("FORBIDDEN");
  });
});

describe("API v1 results routes", () => {
  const post = (token: string | null, id: string, body: string, type = "application/json") =>
    variantResultsPost(new Request(`http://x/api/v1/variants/${id}/results`, { method: "POST", headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body }), withId(id));

  it("POST is authenticated, permission-checked, validates and answers 201 with lift", async () => {
    expect((await post(null, ids.de, JSON.stringify(result))).status).toBe(401);
    expect((await post(tokens["jp.marketer"], ids.de, JSON.stringify(result))).status).toBe(404);
    expect((await post(tokens["de.approver"], ids.de, JSON.stringify(result))).status).toBe(403);
    expect((await post(tokens.brand, ids.de, JSON.stringify(result))).status).toBe(403);
    expect((await post(tokens["de.marketer"], ids.de, "metric=x", "application/x-www-form-urlencoded")).status).toBe(415);
    expect((await post(tokens["de.marketer"], ids.de, JSON.stringify({ ...result, exposed: { users: 10, conversions: 20 } }))).status).toBe(422);
    const ok = await post(tokens["de.marketer"], ids.de, JSON.stringify(result));
    expect(ok.status).toBe(201);
    const body = await ok.json();
    expect(body.results[0]).toMatchObject({ metric: "signup", kind: "rate", holdout: { users: 1000, conversions: 60 }, lift: { hasHoldout: true } });
    expect(body.results[0].lift.absolute.ci.lower).toBeLessThan(body.results[0].lift.absolute.ci.upper);
    const many = await post(tokens["de.marketer"], ids.de, csv, "text/csv");
    expect(many.status).toBe(201);
    const bad = await post(tokens["de.marketer"], ids.de, csv.replace("1000,90", "abc,90"), "text/csv");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toMatchObject({ code: "IMPORT_INVALID", details: { problems: [{ line: 2, column: "exposed_users" }] } });
  });

  it("GET variant and campaign results follow the same visibility", async () => {
    const get = (token: string, id: string) => variantResultsGet(new Request(`http://x/api/v1/variants/${id}/results?mde=0.2`, { headers: { authorization: `Bearer ${token}` } }), withId(id));
    expect((await get(tokens["fr.marketer"], ids.de)).status).toBe(404);
    const own = await (await get(tokens["de.marketer"], ids.de)).json();
    expect(own.variant.market).toBe("DE");
    expect(own.results.find((r: { metric: string }) => r.metric === "signup").lift.power.minimumDetectableEffect).toBe(0.2);
    const campaign = (token: string) => campaignResultsRoute(new Request(`http://x/api/v1/campaigns/${ids.campaign}/results`, { headers: { authorization: `Bearer ${token}` } }), withId(ids.campaign));
    expect((await campaign(tokens["jp.marketer"])).status).toBe(404);
    const hq = await (await campaign(tokens.brand)).json();
    expect(hq.metrics.find((m: { metric: string }) => m.metric === "signup").markets[0].marketCode).toBe("DE");
  });
});
