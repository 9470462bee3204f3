// Every variant, comment and notification operation and every /api/v1/variants route against
// role × own market / other market (translator: assigned only), on a real DB.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1VariantsIdRoute from "@/app/api/v1/variants/[id]/route";
import * as v1VariantsIdTransitionsRoute from "@/app/api/v1/variants/[id]/transitions/route";
import * as v1VariantsRoute from "@/app/api/v1/variants/route";
import { loadActor } from "@/lib/auth/load-actor";
import { addComment } from "@/lib/comments/add-comment";
import { findComments } from "@/lib/comments/find-comments";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { getDb } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { bulkApproveVariants } from "@/lib/variants/bulk-approve-variants";
import { checkVariantBlock } from "@/lib/variants/check-variant-block";
import { findReviewQueue } from "@/lib/variants/find-review-queue";
import { findSuggestions } from "@/lib/variants/find-suggestions";
import { findVariants } from "@/lib/variants/find-variants";
import { getVariantEditor } from "@/lib/variants/get-variant-editor";
import { getVariantHistory } from "@/lib/variants/get-variant-history";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { createVariantFixture } from "@/lib/variants/testing/variant-factory";
import { transitionVariant } from "@/lib/variants/transition-variant";
import { updateChecklist } from "@/lib/variants/update-checklist";
import { seedDemo } from "@/prisma/seed";
import type { Actor } from "./actor";
import { drainEvents } from "@/lib/jobs/testing/drain-events";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: getOneRoute, PUT: putRoute } = documentedRoute("/api/v1/variants/{id}", v1VariantsIdRoute);
const { POST: transitionRoute } = documentedRoute("/api/v1/variants/{id}/transitions", v1VariantsIdTransitionsRoute);
const { GET: listRoute } = documentedRoute("/api/v1/variants", v1VariantsRoute);

setupTestDatabase();

const WHO = ["admin", "brand", "campaigns", "de.marketer", "de.approver", "fr.marketer", "jp.marketer", "translator", "viewer"] as const;
type Who = (typeof WHO)[number];
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;
/** DE variant assigned to the translator, DE variant not assigned, FR variant. */
const ids = { deAssigned: "", deOther: "", fr: "", block: "", frBlock: "" };

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  for (const who of WHO) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
    tokens[who] = (await createApiToken(actors[who], { name: "perm", expiresInDays: 1, readOnly: false })).token;
  }
  const a = await createVariantFixture(db, { name: "Perm A", markets: [{ code: "DE", assigneeEmail: "translator@meridian.test" }, { code: "FR" }] });
  const b = await createVariantFixture(db, { name: "Perm B", markets: [{ code: "DE" }] });
  ids.deAssigned = a.variants[0]!.id;
  ids.fr = a.variants[1]!.id;
  ids.deOther = b.variants[0]!.id;
  ids.block = a.blocks[0]!.id;
  ids.frBlock = a.blocks[0]!.id;
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "error",
  );

function req(method: string, path: string, who: Who, body?: unknown) {
  return new Request(`http://test${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

describe("variant visibility", () => {
  it("another market's variant is NOT_FOUND; translators see only assigned variants; HQ sees all", async () => {
    const expectations: Array<[Who, string, string]> = [
      ["fr.marketer", ids.deAssigned, "NOT_FOUND"],
      ["jp.marketer", ids.fr, "NOT_FOUND"],
      ["de.approver", ids.fr, "NOT_FOUND"],
      ["translator", ids.deOther, "NOT_FOUND"],
      ["translator", ids.fr, "NOT_FOUND"],
      ["translator", ids.deAssigned, "ok"],
      ["de.marketer", ids.deAssigned, "ok"],
      ["brand", ids.fr, "ok"],
      ["viewer", ids.fr, "ok"],
      ["admin", ids.fr, "ok"],
    ];
    for (const [who, id, expected] of expectations) {
      expect([who, await code(getVariantEditor(actors[who], id))]).toEqual([who, expected]);
      expect([who, await code(getVariantHistory(actors[who], id))]).toEqual([who, expected]);
      expect([who, await code(findComments(actors[who], id))]).toEqual([who, expected]);
      expect([who, await code(checkVariantBlock(actors[who], { variantId: id, blockId: ids.block, text: "x" }))]).toEqual([who, expected]);
      expect([who, await code(findSuggestions(actors[who], { variantId: id, blockId: ids.block }))]).toEqual([who, expected]);
      const res = await getOneRoute(req("GET", `/api/v1/variants/${id}`, who), ctx(id));
      expect([who, res.status]).toEqual([who, expected === "ok" ? 200 : 404]);
    }
  });

  it("lists are scoped: markets for regional roles, assigned for translators", async () => {
    // The demo seed has variants of its own: look only at this file's fixtures.
    const mine = new Set([ids.deAssigned, ids.deOther, ids.fr]);
    const list = async (who: Who) => (await findVariants(actors[who], { limit: 500 })).map((v) => v.id).filter((id) => mine.has(id)).sort();
    expect(await list("translator")).toEqual([ids.deAssigned]);
    expect(await list("fr.marketer")).toEqual([ids.fr]);
    expect((await list("de.marketer")).sort()).toEqual([ids.deAssigned, ids.deOther].sort());
    expect(await list("jp.marketer")).toEqual([]);
    expect((await list("brand")).length).toBe(3);
    const res = await listRoute(req("GET", "/api/v1/variants?market=DE", "fr.marketer"), { params: Promise.resolve({}) });
    expect(await res.json()).toEqual({ items: [] });
    const de = await (await listRoute(req("GET", `/api/v1/variants?market=DE&campaign=${(await (await getDb()).variant.findUniqueOrThrow({ where: { id: ids.deOther } })).campaignId}`, "de.approver"), { params: Promise.resolve({}) })).json();
    expect(de.items[0]).toMatchObject({ market: "DE", locale: "de-DE", state: "draft" });
  });
});

describe("editing", () => {
  it("only the market's regional roles and the assigned translator edit; HQ and viewers are FORBIDDEN", async () => {
    const save = (who: Who, id: string) => code(saveVariantBlocks(actors[who], { variantId: id, version: 999, blocks: [{ key: "headline", target: "x" }] }));
    // version 999 is stale: an allowed editor reaches the version check (VERSION_CONFLICT).
    expect(await save("de.marketer", ids.deAssigned)).toBe("VERSION_CONFLICT");
    expect(await save("de.approver", ids.deAssigned)).toBe("VERSION_CONFLICT");
    expect(await save("translator", ids.deAssigned)).toBe("VERSION_CONFLICT");
    expect(await save("translator", ids.deOther)).toBe("NOT_FOUND");
    expect(await save("fr.marketer", ids.deAssigned)).toBe("NOT_FOUND");
    for (const who of ["admin", "brand", "campaigns", "viewer"] as const) expect([who, await save(who, ids.fr)]).toEqual([who, "FORBIDDEN"]);
    const body = { version: 999, blocks: [{ key: "headline", target: "x" }] };
    expect((await putRoute(req("PUT", `/api/v1/variants/${ids.fr}`, "viewer", body), ctx(ids.fr))).status).toBe(403);
    expect((await putRoute(req("PUT", `/api/v1/variants/${ids.fr}`, "de.marketer", body), ctx(ids.fr))).status).toBe(404);
    const conflict = await putRoute(req("PUT", `/api/v1/variants/${ids.fr}`, "fr.marketer", body), ctx(ids.fr));
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error.details).toMatchObject({ yours: 999, current: 1 });
    const locked = await putRoute(req("PUT", `/api/v1/variants/${ids.fr}`, "fr.marketer", { version: 1, blocks: [{ key: "legal", target: "x" }] }), ctx(ids.fr));
    expect([locked.status, (await locked.json()).error.code]).toEqual([422, "BLOCK_LOCKED"]);
    const unknown = await putRoute(req("PUT", `/api/v1/variants/${ids.fr}`, "fr.marketer", { version: 1, blocks: [{ key: "nope", target: "x" }] }), ctx(ids.fr));
    expect(unknown.status).toBe(422);
    const ok = await putRoute(req("PUT", `/api/v1/variants/${ids.fr}`, "fr.marketer", { version: 1, blocks: [{ key: "headline", target: "Économisez {percent}" }] }), ctx(ids.fr));
    const saved = await ok.json();
    expect(saved).toMatchObject({ market: "FR", locale: "fr-FR", version: 2 });
    expect(saved.blocks[0]).toMatchObject({ key: "headline", policy: "adapt", target: "Économisez {percent}" });
    expect(Array.isArray(saved.blocks[0].findings)).toBe(true);
    expect(ok.headers.get("etag")).toBe('"2"');
  });

  it("HTTP preconditions: GET carries the version as ETag; PUT takes If-Match instead of a body version (412 when stale, 428 when neither)", async () => {
    const url = `/api/v1/variants/${ids.fr}`;
    const got = await getOneRoute(req("GET", url, "fr.marketer"), ctx(ids.fr));
    const etag = got.headers.get("etag")!;
    expect(etag).toBe(`"${(await got.json()).version}"`);
    const put = (headers: Record<string, string>, body: unknown) =>
      putRoute(new Request(`http://test${url}`, { method: "PUT", headers: { authorization: `Bearer ${tokens["fr.marketer"]}`, "content-type": "application/json", ...headers }, body: JSON.stringify(body) }), ctx(ids.fr));
    const blocks = [{ key: "headline", target: "Économisez {percent} maintenant" }];
    const none = await put({}, { blocks });
    expect([none.status, (await none.json()).error.code]).toEqual([428, "PRECONDITION_REQUIRED"]);
    const mismatch = await put({ "if-match": etag }, { version: Number(JSON.parse(etag)) + 1, blocks });
    expect(mismatch.status).toBe(412);
    expect((await put({ "if-match": `W/${etag}` }, { blocks })).status).toBe(412);
    const saved = await put({ "if-match": etag }, { blocks });
    expect(saved.status).toBe(200);
    const next = saved.headers.get("etag");
    expect(next).toBe(`"${Number(JSON.parse(etag)) + 1}"`);
    const stale = await put({ "if-match": etag }, { blocks: [{ key: "headline", target: "Trop tard" }] });
    const body = await stale.json();
    // The same VersionConflictDetails as the 409: { yours, current, ... }.
    expect([stale.status, body.error.code, body.error.details.yours, body.error.details.current]).toEqual([
      412,
      "PRECONDITION_FAILED",
      Number(JSON.parse(etag)),
      Number(JSON.parse(next!)),
    ]);
  });
});

describe("workflow, checklist, review queue", () => {
  it("transitions: other market NOT_FOUND, wrong role NOT_PERMITTED (403), refusals 422 with the state machine code", async () => {
    expect(await code(transitionVariant(actors["fr.marketer"], { variantId: ids.deOther, to: "in_review" }))).toBe("NOT_FOUND");
    expect(await code(transitionVariant(actors.viewer, { variantId: ids.deOther, to: "in_review" }))).toBe("FORBIDDEN");
    expect(await code(transitionVariant(actors.brand, { variantId: ids.deOther, to: "in_review" }))).toBe("NOT_PERMITTED");
    expect(await code(transitionVariant(actors["de.approver"], { variantId: ids.deOther, to: "approved" }))).toBe("TRANSITION_NOT_ALLOWED");
    const refused = await transitionRoute(req("POST", `/api/v1/variants/${ids.deOther}/transitions`, "de.marketer", { to: "in_review" }), ctx(ids.deOther));
    expect([refused.status, (await refused.json()).error.code]).toEqual([422, "VARIANT_HAS_ERRORS"]);
    const other = await transitionRoute(req("POST", `/api/v1/variants/${ids.deOther}/transitions`, "jp.marketer", { to: "in_review" }), ctx(ids.deOther));
    expect(other.status).toBe(404);
    const viewer = await transitionRoute(req("POST", `/api/v1/variants/${ids.deOther}/transitions`, "viewer", { to: "in_review" }), ctx(ids.deOther));
    expect(viewer.status).toBe(403);
    const submitted = await transitionRoute(
      req("POST", `/api/v1/variants/${ids.deOther}/transitions`, "translator", { to: "in_review", overrideReason: "agency delivers tomorrow" }),
      ctx(ids.deOther),
    );
    expect(submitted.status).toBe(404);
    const ok = await transitionRoute(
      req("POST", `/api/v1/variants/${ids.deOther}/transitions`, "de.marketer", { to: "in_review", overrideReason: "agency delivers tomorrow" }),
      ctx(ids.deOther),
    );
    expect([ok.status, (await ok.json()).state]).toEqual([200, "in_review"]);
  });

  it("checklist: only the market's approver and HQ brand; queue: approvers and brand only", async () => {
    const checklist = { items: { imagery: { done: true, note: "" } } };
    expect(await code(updateChecklist(actors["de.marketer"], { variantId: ids.deOther, checklist }))).toBe("FORBIDDEN");
    // Roles that never review are refused by the role check, before the variant is read.
    expect(await code(updateChecklist(actors["fr.marketer"], { variantId: ids.deOther, checklist }))).toBe("FORBIDDEN");
    expect(await code(updateChecklist(actors.translator, { variantId: ids.deOther, checklist }))).toBe("FORBIDDEN");
    expect(await code(updateChecklist(actors["de.approver"], { variantId: ids.deOther, checklist }))).toBe("ok");
    expect(await code(updateChecklist(actors.brand, { variantId: ids.deOther, checklist }))).toBe("ok");
    for (const who of ["de.marketer", "translator", "viewer", "campaigns"] as const) expect([who, await code(findReviewQueue(actors[who], {}))]).toEqual([who, "FORBIDDEN"]);
    expect((await findReviewQueue(actors["de.approver"], {})).items.map((i) => i.id)).toContain(ids.deOther);
    // A role that never approves is refused as a whole; another market's variant is NOT_FOUND per variant.
    expect(await code(bulkApproveVariants(actors["fr.marketer"], { variantIds: [ids.deOther] }))).toBe("FORBIDDEN");
    const bulk = await bulkApproveVariants(actors["de.approver"], { variantIds: [ids.fr] });
    expect(bulk).toEqual([{ variantId: ids.fr, ok: false, code: "NOT_FOUND" }]);
    const errors = await bulkApproveVariants(actors["de.approver"], { variantIds: [ids.deOther] });
    expect(errors[0]).toMatchObject({ ok: false, code: "VARIANT_HAS_ERRORS" });
  });
});

describe("comments and notifications", () => {
  it("comment: viewers FORBIDDEN, other market NOT_FOUND; mentions notify only people who can see the variant", async () => {
    expect(await code(addComment(actors.viewer, { variantId: ids.fr, body: "hi" }))).toBe("FORBIDDEN");
    expect(await code(addComment(actors["de.marketer"], { variantId: ids.fr, body: "hi" }))).toBe("NOT_FOUND");
    expect(await code(addComment(actors.translator, { variantId: ids.deOther, body: "hi" }))).toBe("NOT_FOUND");
    const db = await getDb();
    const c = await addComment(actors["de.marketer"], {
      variantId: ids.deAssigned,
      blockId: ids.block,
      body: "@de.approver@meridian.test @fr.marketer@meridian.test please check",
    });
    const approver = actors["de.approver"];
    expect(c.mentions).toEqual([approver.id]);
    await drainEvents();
    expect(await db.notification.count({ where: { userId: actors["fr.marketer"].id, kind: "mentioned" } })).toBe(0);
    const mine = await db.notification.findFirstOrThrow({ where: { userId: approver.id, kind: "mentioned" } });
    expect(await code(resolveComment(actors.viewer, { commentId: c.id }))).toBe("FORBIDDEN");
    expect(await code(resolveComment(actors["fr.marketer"], { commentId: c.id }))).toBe("NOT_FOUND");
    expect(await code(resolveComment(actors.translator, { commentId: c.id }))).toBe("ok");
    // Marking someone else's notification read changes nothing.
    expect(await markNotificationsRead(actors["de.marketer"], { ids: [mine.id] })).toEqual({ count: 0 });
    expect(await markNotificationsRead(approver, { ids: [mine.id] })).toEqual({ count: 1 });
  });
});
