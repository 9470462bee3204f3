// Authorize before reading: a caller who may not import (a viewer; another market's marketer)
// sending a multi-megabyte or invalid file gets 403/404 at once, and the body is never read —
// never a 413/415/422 about a body they may not send, never after a 20 MB parse.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1CampaignsImportRoute from "@/app/api/v1/campaigns/import/route";
import * as v1VariantsIdRoute from "@/app/api/v1/variants/[id]/route";
import * as v1VariantsIdTransitionsRoute from "@/app/api/v1/variants/[id]/transitions/route";
import * as v1VariantsIdXliffRoute from "@/app/api/v1/variants/[id]/xliff/route";
import { getDb } from "@/lib/db";
import { importCampaignFile } from "@/lib/exchange/import-campaign-file";
import { importVariantXliff } from "@/lib/exchange/import-variant-xliff";
import { createExchangeActor, createExchangeFixture } from "@/lib/exchange/testing/factory";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { POST: campaignImportRoute } = documentedRoute("/api/v1/campaigns/import", v1CampaignsImportRoute);
const { PUT: variantPutRoute } = documentedRoute("/api/v1/variants/{id}", v1VariantsIdRoute);
const { POST: transitionRoute } = documentedRoute("/api/v1/variants/{id}/transitions", v1VariantsIdTransitionsRoute);
const { PUT: xliffPutRoute } = documentedRoute("/api/v1/variants/{id}/xliff", v1VariantsIdXliffRoute);

setupTestDatabase({ seeded: true });

const MB = 1024 * 1024;
/** Not XML, not JSON: any parser would refuse it with a 422. */
const GARBAGE = new Uint8Array(6 * MB).fill(0x3c); // "<<<<…"
const BUDGET_MS = 1500;

let viewer: Actor;
let deMarketer: Actor;
let frVariant = "";

beforeAll(async () => {
  const db = await getDb();
  viewer = await createExchangeActor(db, "viewer", ["FR"]);
  deMarketer = await createExchangeActor(db, "regional_marketer", ["DE"]);
  const fx = await createExchangeFixture(db, { markets: [{ code: "DE" }, { code: "FR" }] });
  frVariant = fx.variants.FR!.id;
});

/** A request whose body counts the bytes anyone pulls out of it. */
function streamedRequest(url: string, method: string, token: string, contentType: string) {
  const read = { bytes: 0 };
  const chunk = 256 * 1024;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= GARBAGE.byteLength) return controller.close();
      const part = GARBAGE.subarray(sent, sent + chunk);
      sent += part.byteLength;
      read.bytes += part.byteLength;
      controller.enqueue(part);
    },
  });
  const req = new Request(url, {
    method,
    body,
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    duplex: "half",
  } as RequestInit);
  return { req, read };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

async function codeOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe("authorize before reading the body (exchange)", () => {
  it("PUT /api/v1/variants/{id}/xliff: a viewer gets 403 and the 6 MB body is not read", async () => {
    const token = (await createApiToken(viewer, { name: "t" })).token;
    const { req, read } = streamedRequest(`http://x/api/v1/variants/${frVariant}/xliff`, "PUT", token, "application/xliff+xml");
    const { value: res, ms } = await timed(() => xliffPutRoute(req, { params: Promise.resolve({ id: frVariant }) }));
    expect([res.status, await codeOf(res)]).toEqual([403, "FORBIDDEN"]);
    expect(read.bytes).toBeLessThan(MB);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it("PUT /api/v1/variants/{id}/xliff: another market's marketer gets 404 and the body is not read", async () => {
    const token = (await createApiToken(deMarketer, { name: "t" })).token;
    const { req, read } = streamedRequest(`http://x/api/v1/variants/${frVariant}/xliff`, "PUT", token, "application/xliff+xml");
    const { value: res, ms } = await timed(() => xliffPutRoute(req, { params: Promise.resolve({ id: frVariant }) }));
    expect([res.status, await codeOf(res)]).toEqual([404, "NOT_FOUND"]);
    expect(read.bytes).toBeLessThan(MB);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it("PUT /api/v1/variants/{id}/xliff: the refusal comes before the media type check (no 415 for a forbidden caller)", async () => {
    const token = (await createApiToken(deMarketer, { name: "t" })).token;
    const { req } = streamedRequest(`http://x/api/v1/variants/${frVariant}/xliff`, "PUT", token, "text/plain");
    const res = await xliffPutRoute(req, { params: Promise.resolve({ id: frVariant }) });
    expect(res.status).toBe(404);
  });

  it("POST /api/v1/campaigns/import: a viewer and a market marketer get 403 and the body is not read", async () => {
    for (const actor of [viewer, deMarketer]) {
      const token = (await createApiToken(actor, { name: "t" })).token;
      const { req, read } = streamedRequest("http://x/api/v1/campaigns/import", "POST", token, "application/json");
      const { value: res, ms } = await timed(() => campaignImportRoute(req, { params: Promise.resolve({}) } as never));
      expect([res.status, await codeOf(res)]).toEqual([403, "FORBIDDEN"]);
      expect(read.bytes).toBeLessThan(MB);
      expect(ms).toBeLessThan(BUDGET_MS);
    }
  });

  it("PUT /api/v1/variants/{id} and POST …/transitions: an invalid body from a forbidden caller answers 403/404, not 422", async () => {
    const params = { params: Promise.resolve({ id: frVariant }) };
    for (const [actor, status] of [[viewer, 403], [deMarketer, 404]] as const) {
      const token = (await createApiToken(actor, { name: "t" })).token;
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const put = await variantPutRoute(new Request(`http://x/api/v1/variants/${frVariant}`, { method: "PUT", headers, body: "{not json" }), params);
      expect(put.status).toBe(status);
      const post = await transitionRoute(new Request(`http://x/api/v1/variants/${frVariant}/transitions`, { method: "POST", headers, body: '{"to":"nowhere"}' }), params);
      // Viewers may never ask for transitions (403); the DE marketer cannot see the FR variant (404).
      expect(post.status).toBe(status);
    }
  });

  it("the operations themselves refuse before parsing: 403/404, never XLIFF_IMPORT_REFUSED or CAMPAIGN_IMPORT_REFUSED", async () => {
    await expect(importVariantXliff(viewer, { variantId: frVariant, file: GARBAGE })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importVariantXliff(deMarketer, { variantId: frVariant, file: GARBAGE })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importVariantXliff(deMarketer, { variantId: "no-such-variant", file: GARBAGE })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importCampaignFile(deMarketer, { file: GARBAGE })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
