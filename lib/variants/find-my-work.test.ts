// "My work" per role: assigned to me, waiting for my review, overdue or due soon, mentions —
// and GET /api/v1/me/work with the same lists. Real database.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as workRoute } from "@/app/api/v1/me/work/route";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { seedAndLoadActors, type DemoEmail } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { countMyWork, findMyWork, type MyWork } from "./find-my-work";
import { createVariantFixture } from "./testing/variant-factory";

setupTestDatabase();

const NOW = new Date("2030-06-10T12:00:00Z");
const HOUR = 3600_000;
let actors: Record<DemoEmail, Actor>;
const ids = { deDraft: "", deReview: "", frBrand: "", frApproved: "", dePlenty: "", deNobody: "" };

beforeAll(async () => {
  actors = await seedAndLoadActors();
  const db = await getDb();
  const a = await createVariantFixture(db, {
    name: "Work A",
    markets: [
      { code: "DE", assigneeEmail: "translator@meridian.test", dueDate: new Date(NOW.getTime() - 24 * HOUR) },
      { code: "FR", state: "brand_review", assigneeEmail: "fr.marketer@meridian.test" },
    ],
  });
  const b = await createVariantFixture(db, {
    name: "Work B",
    markets: [
      { code: "DE", state: "in_review", assigneeEmail: "de.marketer@meridian.test", dueDate: new Date(NOW.getTime() + 24 * HOUR) },
      { code: "FR", state: "approved", assigneeEmail: "fr.marketer@meridian.test", dueDate: new Date(NOW.getTime() - HOUR) },
    ],
  });
  const c = await createVariantFixture(db, {
    name: "Work C",
    markets: [{ code: "DE", assigneeEmail: "translator@meridian.test", dueDate: new Date(NOW.getTime() + 30 * 24 * HOUR) }],
  });
  const d = await createVariantFixture(db, { name: "Work D", markets: [{ code: "DE" }] });
  ids.deNobody = d.variants[0]!.id;
  [ids.deDraft, ids.frBrand] = a.variants.map((v) => v.id) as [string, string];
  [ids.deReview, ids.frApproved] = b.variants.map((v) => v.id) as [string, string];
  ids.dePlenty = c.variants[0]!.id;
  const translator = actors["translator@meridian.test"].id;
  const approver = actors["de.approver@meridian.test"].id;
  await db.comment.createMany({
    data: [
      { variantId: ids.deDraft, authorId: approver, body: "@Tomas please check the headline", mentions: [translator], createdAt: new Date(NOW.getTime() - HOUR) },
      // On a variant the translator may not open: never listed.
      { variantId: ids.frBrand, authorId: actors["brand@meridian.test"].id, body: "@Tomas FYI", mentions: [translator], createdAt: new Date(NOW.getTime() - HOUR) },
      { variantId: ids.deDraft, authorId: approver, body: "resolved ask", mentions: [translator], createdAt: new Date(NOW.getTime() - HOUR), resolvedAt: NOW },
    ],
  });
});

const mine = new Set<string>();
/** Only this file's fixtures (the demo seed has variants of its own). */
function ours(work: MyWork) {
  if (mine.size === 0) for (const id of Object.values(ids)) mine.add(id);
  const pick = (items: Array<{ id: string }>) => items.map((i) => i.id).filter((id) => mine.has(id));
  return { assigned: pick(work.assigned), toReview: pick(work.toReview), overdue: pick(work.overdue), mentions: pick(work.mentions), toAssign: pick(work.toAssign) };
}
const workOf = async (email: DemoEmail) => ours(await findMyWork(actors[email], NOW));

describe("findMyWork", () => {
  it("the translator: what is assigned to them, what is overdue among it, and mentions on variants they may open", async () => {
    expect(await workOf("translator@meridian.test")).toEqual({
      assigned: [ids.deDraft, ids.dePlenty],
      toReview: [],
      overdue: [ids.deDraft],
      mentions: [ids.deDraft],
      toAssign: [],
    });
    const full = await findMyWork(actors["translator@meridian.test"], NOW);
    const item = full.overdue.find((i) => i.id === ids.deDraft)!;
    expect(item).toMatchObject({ campaign: { name: "Work A" }, market: { code: "DE", name: "Germany" }, state: "draft", overdue: true, locale: "de-DE" });
    expect(item.dueAt?.getTime()).toBe(NOW.getTime() - 24 * HOUR);
    expect(full.mentions.find((m) => m.id === ids.deDraft)!.comment).toMatchObject({ excerpt: "@Tomas please check the headline", author: { name: "Dirk Weber" } });
  });

  it("approvers review their markets' in_review, brand the brand_review; the lead answers for their market's due dates", async () => {
    const none = { assigned: [], toReview: [], overdue: [], mentions: [], toAssign: [] };
    expect(await workOf("de.approver@meridian.test")).toEqual({ ...none, toReview: [ids.deReview], overdue: [ids.deReview] });
    expect(await workOf("brand@meridian.test")).toEqual({ ...none, toReview: [ids.frBrand] });
    // The lead answers for the market's due dates and assigns what nobody holds.
    expect(await workOf("de.marketer@meridian.test")).toEqual({ ...none, overdue: [ids.deDraft, ids.deReview], toAssign: [ids.deNobody] });
    // Approved work is done: no longer overdue for anyone.
    expect(await workOf("fr.marketer@meridian.test")).toEqual(none);
    for (const email of ["viewer@meridian.test", "jp.marketer@meridian.test"] as const) expect([email, await workOf(email)]).toEqual([email, none]);
    for (const email of ["admin@meridian.test", "campaigns@meridian.test"] as const) expect([email, await workOf(email)]).toEqual([email, { ...none, toAssign: [ids.deNobody] }]);
  });

  it("counts for the navigation match the lists", async () => {
    const translator = await countMyWork(actors["translator@meridian.test"]);
    expect(translator.toReview).toBe(0);
    expect(translator.assigned).toBe((await findMyWork(actors["translator@meridian.test"], NOW)).assigned.length);
    expect((await countMyWork(actors["de.approver@meridian.test"])).toReview).toBe((await findMyWork(actors["de.approver@meridian.test"], NOW)).toReview.length);
  });
});

describe("GET /api/v1/me/work", () => {
  it("answers the four lists, each item naming the variant, campaign, market, due date and state", async () => {
    const { token } = await createApiToken(actors["translator@meridian.test"], { name: "work", expiresInDays: 1, readOnly: true });
    const res = await workRoute(new Request("http://test/api/v1/me/work", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["assigned", "mentions", "overdue", "toAssign", "toReview"]);
    const item = body.assigned.find((i: { id: string }) => i.id === ids.deDraft);
    expect(item).toMatchObject({ id: ids.deDraft, campaign: { name: "Work A" }, market: { code: "DE", name: "Germany" }, state: "draft" });
    expect(item.campaign.id).toEqual(expect.any(String));
    expect(item.dueAt).toBe(new Date(NOW.getTime() - 24 * HOUR).toISOString());
    const unauthenticated = await workRoute(new Request("http://test/api/v1/me/work"), { params: Promise.resolve({}) });
    expect(unauthenticated.status).toBe(401);
  });
});
