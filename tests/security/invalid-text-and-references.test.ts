// Attacks: send NUL bytes and lone surrogates in text fields and query strings, and ids that
// point nowhere, hoping for a 500 (and its log noise) instead of a clear 4xx.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1CampaignsRoute from "@/app/api/v1/campaigns/route";
import * as v1LearningsRoute from "@/app/api/v1/learnings/route";
import * as v1TermsRoute from "@/app/api/v1/terms/route";
import * as v1VariantsIdRoute from "@/app/api/v1/variants/[id]/route";
import { getDb } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { findUnstorableText } from "@/lib/validation/storable-text";
import { marketId, seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { updateUser } from "@/lib/users/update-user";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { POST: createCampaign } = documentedRoute("/api/v1/campaigns", v1CampaignsRoute);
const { GET: listLearnings, POST: createLearning } = documentedRoute("/api/v1/learnings", v1LearningsRoute);
const { GET: lookupTerms } = documentedRoute("/api/v1/terms", v1TermsRoute);
const { PUT: saveVariant } = documentedRoute("/api/v1/variants/{id}", v1VariantsIdRoute);

setupTestDatabase({ seeded: true });
let actors: Awaited<ReturnType<typeof seedAndLoadActors>>;
let hqAuth: string;
let deAuth: string;
beforeAll(async () => {
  actors = await seedAndLoadActors();
  hqAuth = `Bearer ${(await createApiToken(actors["campaigns@meridian.test"], { name: "t" })).token}`;
  deAuth = `Bearer ${(await createApiToken(actors["de.marketer@meridian.test"], { name: "t" })).token}`;
});

const ctx = <P,>(params: P) => ({ params: Promise.resolve(params) });
// JSON.stringify writes a lone surrogate as a \ud800 escape, which JSON.parse turns back into one.
const body = (auth: string, value: unknown, method = "POST") => ({
  method,
  headers: { "content-type": "application/json", authorization: auth },
  body: JSON.stringify(value),
});

async function errorOf(res: Response) {
  return { status: res.status, code: ((await res.json()) as { error?: { code?: string } }).error?.code };
}

describe("NUL bytes and lone surrogates", () => {
  it("a learning with NUL in its body is a 422 with a code", async () => {
    const res = await createLearning(
      new Request("http://t/api/v1/learnings", body(deAuth, { marketId: await marketId("DE"), title: "t", body: "a\u0000b" })),
      ctx({}),
    );
    expect(await errorOf(res)).toEqual({ status: 422, code: "TEXT_INVALID_CHARACTERS" });
  });

  it("a campaign named with a lone surrogate is a 422", async () => {
    const res = await createCampaign(new Request("http://t/api/v1/campaigns", body(hqAuth, { name: "Launch \ud800" })), ctx({}));
    expect(await errorOf(res)).toEqual({ status: 422, code: "TEXT_INVALID_CHARACTERS" });
  });

  it("a variant save with NUL in a target is a 422", async () => {
    const db = await getDb();
    const variant = await db.variant.findFirstOrThrow({ where: { market: { code: "DE" } } });
    const res = await saveVariant(
      new Request(`http://t/api/v1/variants/${variant.id}`, body(deAuth, { version: variant.version, blocks: [{ key: "headline", target: "x\u0000" }] }, "PUT")),
      ctx({ id: variant.id }),
    );
    expect(await errorOf(res)).toEqual({ status: 422, code: "TEXT_INVALID_CHARACTERS" });
  });

  it("a term lookup or list query with %00 is a 422", async () => {
    const lookup = await lookupTerms(new Request("http://t/api/v1/terms?q=a%00b", { headers: { authorization: deAuth } }), ctx({}));
    expect(await errorOf(lookup)).toEqual({ status: 422, code: "TEXT_INVALID_CHARACTERS" });
    const list = await listLearnings(new Request("http://t/api/v1/learnings?tag=%00", { headers: { authorization: deAuth } }), ctx({}));
    expect(await errorOf(list)).toEqual({ status: 422, code: "TEXT_INVALID_CHARACTERS" });
  });

  it("malformed % encoding in a query is not a 500", async () => {
    const res = await lookupTerms(new Request("http://t/api/v1/terms?q=%E0%A4%A", { headers: { authorization: deAuth } }), ctx({}));
    expect(res.status).toBe(200);
  });

  it("finds the path of the offending string, keys included, and accepts paired surrogates", () => {
    expect(findUnstorableText({ a: [{ b: "ok" }, { c: "x\udc00" }] })).toBe("a.1.c");
    expect(findUnstorableText({ "k\u0000": 1 })).toBe("k\u0000");
    expect(findUnstorableText({ emoji: "😀 \ud83d\ude00" })).toBeNull();
  });
});

describe("unknown ids", () => {
  it("a campaign owned by an unknown user is a 422, not a 500", async () => {
    const res = await createCampaign(new Request("http://t/api/v1/campaigns", body(hqAuth, { name: "Owned by nobody", ownerId: "no-such-user" })), ctx({}));
    expect(await errorOf(res)).toEqual({ status: 422, code: "REFERENCE_NOT_FOUND" });
  });

  it("a user put in an unknown market is a 422", async () => {
    const error = await updateUser(actors["admin@meridian.test"], { id: actors["viewer@meridian.test"].id, marketIds: ["no-such-market"] }).catch((e) => e);
    expect(toAppError(error)).toMatchObject({ code: "REFERENCE_NOT_FOUND", status: 422 });
  });
});
