// Every exchange route and operation against role × own market / other market, on a real DB:
// variant XLIFF export/import, campaign exports and imports, read-only tokens refused on writes.
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import * as v1CampaignsIdExportRoute from "@/app/api/v1/campaigns/[id]/export/route";
import * as v1CampaignsImportRoute from "@/app/api/v1/campaigns/import/route";
import * as v1VariantsIdXliffRoute from "@/app/api/v1/variants/[id]/xliff/route";
import { getDb } from "@/lib/db";
import { exportCampaign } from "@/lib/exchange/export-campaign";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { importVariantXliff } from "@/lib/exchange/import-variant-xliff";
import { createExchangeActor, createExchangeFixture } from "@/lib/exchange/testing/factory";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import type { Actor } from "./actor";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: campaignExportRoute } = documentedRoute("/api/v1/campaigns/{id}/export", v1CampaignsIdExportRoute);
const { POST: campaignImportRoute } = documentedRoute("/api/v1/campaigns/import", v1CampaignsImportRoute);
const { GET: xliffGetRoute, PUT: xliffPutRoute } = documentedRoute("/api/v1/variants/{id}/xliff", v1VariantsIdXliffRoute);

setupTestDatabase({ seeded: true });

type Who = "admin" | "brand" | "campaigns" | "deMarketer" | "deApprover" | "frMarketer" | "translator" | "viewer";
const actors = {} as Record<Who, Actor>;
let fx: Awaited<ReturnType<typeof createExchangeFixture>>;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const noParams = { params: Promise.resolve({}) } as never;

beforeAll(async () => {
  const db = await getDb();
  actors.admin = await createExchangeActor(db, "admin");
  actors.brand = await createExchangeActor(db, "hq_brand");
  actors.campaigns = await createExchangeActor(db, "hq_campaign");
  actors.deMarketer = await createExchangeActor(db, "regional_marketer", ["DE"]);
  actors.deApprover = await createExchangeActor(db, "regional_approver", ["DE"]);
  actors.frMarketer = await createExchangeActor(db, "regional_marketer", ["FR"]);
  actors.translator = await createExchangeActor(db, "translator", ["DE"]);
  actors.viewer = await createExchangeActor(db, "viewer", ["DE"]);
  fx = await createExchangeFixture(db, {
    markets: [
      { code: "DE", state: "approved", assigneeId: actors.translator.id },
      { code: "FR", state: "draft" },
      { code: "JP", state: "published" },
    ],
    touchpoints: [
      {
        name: "Launch email",
        blocks: [
          { key: "headline", source: "Hello {name}", targets: { DE: "Hallo {name}", JP: "こんにちは {name}" } },
          { key: "formula", source: "=1+1", targets: { DE: "=SUM(A1)", JP: "-x" } },
        ],
      },
    ],
  });
});

async function token(who: Who, readOnly = false) {
  return (await createApiToken(actors[who], { name: "t", readOnly })).token;
}
const auth = (t: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${t}`, ...extra } });

describe("exchange permissions", () => {
  it("XLIFF export: visible variants only (other market → 404); translators only their assignment", async () => {
    const de = fx.variants.DE!.id;
    const fr = fx.variants.FR!.id;
    for (const who of ["admin", "brand", "campaigns", "deMarketer", "deApprover", "translator", "viewer"] as const) {
      await expect(exportVariantXliff(actors[who], { variantId: de, version: "2.0" })).resolves.toBeTruthy();
    }
    for (const who of ["deMarketer", "deApprover", "translator", "viewer"] as const) {
      await expect(exportVariantXliff(actors[who], { variantId: fr, version: "2.0" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(exportVariantXliff(actors.frMarketer, { variantId: de, version: "1.2" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("XLIFF import: editors of the market only; HQ and viewers 403; other market 404", async () => {
    const fr = fx.variants.FR!.id;
    const file = (await exportVariantXliff(actors.frMarketer, { variantId: fr, version: "2.0" })).body;
    // Viewers never edit: refused by the role check before the variant is read.
    for (const who of ["admin", "brand", "campaigns", "viewer"] as const) {
      await expect(importVariantXliff(actors[who], { variantId: fr, file })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const who of ["deMarketer", "deApprover", "translator"] as const) {
      await expect(importVariantXliff(actors[who], { variantId: fr, file })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(importVariantXliff(actors.frMarketer, { variantId: fr, file })).resolves.toMatchObject({ updated: 0 });
    // An approved variant is not editable.
    const de = fx.variants.DE!.id;
    const deFile = (await exportVariantXliff(actors.deMarketer, { variantId: de, version: "2.0" })).body;
    await expect(importVariantXliff(actors.deMarketer, { variantId: de, file: deFile })).resolves.toMatchObject({ updated: 0 });
  });

  it("API: XLIFF GET/PUT with tokens; read-only tokens refused on PUT; 401 without a token", async () => {
    const fr = fx.variants.FR!.id;
    expect((await xliffGetRoute(new Request(`http://x/api/v1/variants/${fr}/xliff`), withId(fr))).status).toBe(401);
    const got = await xliffGetRoute(new Request(`http://x/api/v1/variants/${fr}/xliff?version=1.2`, auth(await token("frMarketer"))), withId(fr));
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toContain("application/xliff+xml");
    const xml = await got.text();
    expect(xml).toContain(`version="1.2"`);
    expect((await xliffGetRoute(new Request(`http://x/api/v1/variants/${fr}/xliff`, auth(await token("deMarketer"))), withId(fr))).status).toBe(404);
    const put = (t: string, body: string, type = "application/xliff+xml") =>
      xliffPutRoute(new Request(`http://x/api/v1/variants/${fr}/xliff`, { method: "PUT", body, ...auth(t, { "content-type": type }) }), withId(fr));
    expect((await put(await token("frMarketer", true), xml)).status).toBe(403);
    expect((await put(await token("brand"), xml)).status).toBe(403);
    expect((await put(await token("deMarketer"), xml)).status).toBe(404);
    expect((await put(await token("frMarketer"), xml, "text/plain")).status).toBe(415);
    const bad = await put(await token("frMarketer"), xml.replace(`target-language="fr-FR"`, `target-language="de-DE"`));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toMatchObject({ code: "XLIFF_IMPORT_REFUSED", details: { problems: [{ code: "XLIFF_WRONG_LANGUAGE" }] } });
    const ok = await put(await token("frMarketer"), xml);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ variantId: fr, units: 2 });
  });

  it("campaign export: JSON/CSV hold approved and published variants the caller sees; zip holds XLIFF files", async () => {
    const brand = await exportCampaign(actors.brand, { campaignId: fx.campaignId, format: "json" });
    const json = JSON.parse(brand.body);
    expect(json.variants.map((v: { market: string }) => v.market)).toEqual(["DE", "JP"]);
    expect(json.variants[0].touchpoints["Launch email"].blocks).toEqual({ headline: "Hallo {name}", formula: "=SUM(A1)" });
    const de = JSON.parse((await exportCampaign(actors.deMarketer, { campaignId: fx.campaignId, format: "json" })).body);
    expect(de.variants.map((v: { market: string }) => v.market)).toEqual(["DE"]);
    const csv = (await exportCampaign(actors.brand, { campaignId: fx.campaignId, format: "csv" })).body;
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("market,locale,state,touchpoint,channel,key,type,policy,omitted,source,text");
    expect(lines).toHaveLength(5);
    expect(csv).toContain("'=SUM(A1)");
    expect(csv).toContain("こんにちは {name}");
    const zip = await exportCampaign(actors.brand, { campaignId: fx.campaignId, format: "xliff-zip", version: "1.2", markets: ["DE", "FR"] });
    expect(Object.keys(unzipSync(zip.bytes!)).sort()).toEqual(["Exchange-spring-DE-de-DE.xlf", "Exchange-spring-FR-fr-FR.xlf"]);
    // FR sees the campaign but has no approved variant; the zip holds only FR's file.
    const frZip = await exportCampaign(actors.frMarketer, { campaignId: fx.campaignId, format: "xliff-zip" });
    expect(Object.keys(unzipSync(frZip.bytes!))).toEqual(["Exchange-spring-FR-fr-FR.xliff"]);
  });

  it("campaign export API: 404 for a campaign the caller cannot see; formats by query", async () => {
    const db = await getDb();
    const draft = await db.campaign.create({ data: { name: "Secret draft", markets: { create: { marketId: fx.variants.DE!.marketId } } } });
    const get = async (who: Who, id: string, q = "") => campaignExportRoute(new Request(`http://x/api/v1/campaigns/${id}/export${q}`, auth(await token(who, true))), withId(id));
    expect((await get("deMarketer", draft.id)).status).toBe(404);
    expect((await get("viewer", draft.id)).status).toBe(404);
    expect((await get("brand", draft.id)).status).toBe(200);
    const csv = await get("deMarketer", fx.campaignId, "?format=csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await get("deMarketer", fx.campaignId, "?format=pdf")).status).toBe(422);
    expect((await get("translator", fx.campaignId, "?format=xliff-zip")).headers.get("content-type")).toBe("application/zip");
  });

  it("campaign import API: HQ campaign managers only; read-only tokens refused; 201 with the new id", async () => {
    const body = JSON.stringify({ title: "Hello {name}", cta: "Go" });
    const post = async (who: Who, readOnly = false, type = "application/json") =>
      campaignImportRoute(new Request(`http://x/api/v1/campaigns/import?name=Imported&markets=DE`, { method: "POST", body, ...auth(await token(who, readOnly), { "content-type": type }) }), noParams);
    for (const who of ["admin", "brand", "deMarketer", "deApprover", "translator", "viewer"] as const) expect((await post(who)).status).toBe(403);
    expect((await post("campaigns", true)).status).toBe(403);
    expect((await post("campaigns", false, "text/plain")).status).toBe(415);
    const created = await post("campaigns");
    expect(created.status).toBe(201);
    const campaign = await created.json();
    expect(campaign).toMatchObject({ id: expect.any(String), status: "draft", blocks: 2, format: "json-map" });
    expect(created.headers.get("location")).toBe(`/api/v1/campaigns/${campaign.id}`);
  });
});
