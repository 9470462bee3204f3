// Authorize before reading: a caller who may not act at all (role) or may not act on this object
// (another market's variant) gets 403/404 at once — never a 413/415/422 about a body it may not
// send, and never after the body was read or parsed. `req.bodyUsed` proves the body was left
// alone; the time bound says no multi-megabyte parse ran either.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1AssetsRoute from "@/app/api/v1/assets/route";
import * as v1AssetsIdVersionsRoute from "@/app/api/v1/assets/[id]/versions/route";
import * as v1TermbaseImportRoute from "@/app/api/v1/termbase/import/route";
import * as v1VariantsIdResultsRoute from "@/app/api/v1/variants/[id]/results/route";
import { getDb } from "@/lib/db";
import { saveGuidelineRule } from "@/lib/guidelines/save-guideline-rule";
import type { Actor } from "@/lib/permissions/actor";
import { importResultsCsv } from "@/lib/results/import-results-csv";
import { createFactoryCampaign } from "@/lib/results/testing/factory";
import { importTermbase } from "@/lib/termbase/import-termbase";
import { marketId, seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { POST: uploadAssetRoute } = documentedRoute("/api/v1/assets", v1AssetsRoute);
const { POST: addAssetVersionRoute } = documentedRoute("/api/v1/assets/{id}/versions", v1AssetsIdVersionsRoute);
const { POST: importTermbaseRoute } = documentedRoute("/api/v1/termbase/import", v1TermbaseImportRoute);
const { POST: recordResultsRoute } = documentedRoute("/api/v1/variants/{id}/results", v1VariantsIdResultsRoute);

setupTestDatabase();

const FAST_MS = 200;
const BIG = "<martif>".padEnd(8 * 1024 * 1024, "x"); // 8 MB, and not valid TBX, CSV or multipart
const ids = { asset: "", deVariant: "" };
const tokens = { viewer: "", deApprover: "", frMarketer: "", brand: "" };
let actors: { viewer: Actor; frMarketer: Actor };

function post(token: string, contentType: string, body: string = BIG): Request {
  return new Request("http://t/api/v1/x", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": contentType }, body });
}

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const noParams = { params: Promise.resolve({}) };

/** Calls the handler, and returns its status, error code, elapsed time and whether the body was read. */
async function send(handler: (req: Request, ctx: never) => Promise<Response>, req: Request, ctx: unknown) {
  const started = performance.now();
  const res = await handler(req, ctx as never);
  const ms = performance.now() - started;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { status: res.status, code: body?.error?.code, ms, bodyUsed: req.bodyUsed };
}

beforeAll(async () => {
  const all = await seedAndLoadActors();
  actors = { viewer: all["viewer@meridian.test"], frMarketer: all["fr.marketer@meridian.test"] };
  tokens.viewer = (await createApiToken(all["viewer@meridian.test"], { name: "t" })).token;
  tokens.deApprover = (await createApiToken(all["de.approver@meridian.test"], { name: "t" })).token;
  tokens.frMarketer = (await createApiToken(all["fr.marketer@meridian.test"], { name: "t" })).token;
  tokens.brand = (await createApiToken(all["brand@meridian.test"], { name: "t" })).token;
  const db = await getDb();
  ids.asset = (await db.asset.findFirstOrThrow({ where: { marketId: null } })).id;
  const campaign = await createFactoryCampaign(db, { name: "Authorize first", variants: [{ marketId: await marketId("DE"), locale: "de-DE" }] });
  ids.deVariant = campaign.variants[0]!.id;
  // Warm the token path once so the first timed request measures the handler, not module start-up.
  await send(importTermbaseRoute, post(tokens.viewer, "text/plain", "x"), noParams);
});

describe("route handlers decide before they read the body", () => {
  it("termbase import: a viewer sending 8 MB gets 403, with a TBX or CSV type and with a type the route does not take", async () => {
    for (const type of ["application/x-tbx+xml", "text/csv", "application/octet-stream"]) {
      const r = await send(importTermbaseRoute, post(tokens.viewer, type), noParams);
      expect(r).toMatchObject({ status: 403, code: "FORBIDDEN", bodyUsed: false });
      expect(r.ms).toBeLessThan(FAST_MS);
    }
  });

  it("asset upload and new version: a viewer and an approver sending 8 MB of multipart get 403", async () => {
    for (const token of [tokens.viewer, tokens.deApprover]) {
      const upload = await send(uploadAssetRoute, post(token, "multipart/form-data; boundary=b"), noParams);
      expect(upload).toMatchObject({ status: 403, code: "FORBIDDEN", bodyUsed: false });
      expect(upload.ms).toBeLessThan(FAST_MS);
      const version = await send(addAssetVersionRoute, post(token, "multipart/form-data; boundary=b"), withId(ids.asset));
      expect(version).toMatchObject({ status: 403, code: "FORBIDDEN", bodyUsed: false });
      expect(version.ms).toBeLessThan(FAST_MS);
    }
  });

  it("results upload: another market's marketer gets 404 and a viewer 403 for the DE variant, CSV or JSON", async () => {
    for (const type of ["text/csv", "application/json"]) {
      const other = await send(recordResultsRoute, post(tokens.frMarketer, type, BIG.slice(0, 1_900_000)), withId(ids.deVariant));
      expect(other).toMatchObject({ status: 404, code: "NOT_FOUND", bodyUsed: false });
      expect(other.ms).toBeLessThan(FAST_MS);
      const viewer = await send(recordResultsRoute, post(tokens.viewer, type, BIG.slice(0, 1_900_000)), withId(ids.deVariant));
      expect(viewer).toMatchObject({ status: 403, code: "FORBIDDEN", bodyUsed: false });
    }
  });

  it("an allowed caller still gets the body judged (the checks above are not a blanket refusal)", async () => {
    const r = await send(importTermbaseRoute, post(tokens.brand, "application/x-tbx+xml", "<not-tbx"), noParams);
    expect(r.status).toBe(422);
    expect(r.bodyUsed).toBe(true);
  });
});

describe("operations decide before they parse", () => {
  it("importTermbase refuses a viewer before parsing 8 MB", async () => {
    const started = performance.now();
    await expect(importTermbase(actors.viewer, { format: "tbx", content: BIG })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(performance.now() - started).toBeLessThan(FAST_MS);
  });

  it("saveGuidelineRule refuses a non-editor before compiling the rule's pattern", async () => {
    // "(" never compiles: a 422 RULE_PATTERN_INVALID here would tell a caller who may not edit
    // about the pattern before telling them they may not edit.
    await expect(saveGuidelineRule(actors.viewer, { kind: "forbidden_pattern", pattern: "(" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("importResultsCsv answers 404 for another market's variant before parsing the CSV", async () => {
    const started = performance.now();
    const csv = "metric,kind,period_from,period_to,exposed_users,exposed_conversions\n" + "clicks,rate,2026-10-01,2026-10-31,1000,90\n".repeat(40_000);
    await expect(importResultsCsv(actors.frMarketer, { variantId: ids.deVariant, csv })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(performance.now() - started).toBeLessThan(FAST_MS);
  });
});
