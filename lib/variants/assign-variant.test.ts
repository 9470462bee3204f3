// Assignment: who may assign (HQ campaign managers, admins, the market's lead), who may be given
// the work (the market's marketers and translators), PUT /api/v1/variants/{id}/assignee with each
// body shape and status, and the notifications both people receive. Real database.
import { beforeAll, describe, expect, it } from "vitest";
import { PUT as assigneeRoute } from "@/app/api/v1/variants/[id]/assignee/route";
import { GET as getOneRoute } from "@/app/api/v1/variants/[id]/route";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { drainEvents } from "@/lib/jobs/testing/drain-events";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { seedDemo } from "@/prisma/seed";
import { assignVariant } from "./assign-variant";
import { getAssignmentOptions } from "./find-assignees";
import { getVariantEditor } from "./get-variant-editor";
import { createVariantFixture } from "./testing/variant-factory";

setupTestDatabase();

const WHO = ["admin", "brand", "campaigns", "de.marketer", "de.approver", "fr.marketer", "jp.marketer", "translator", "viewer"] as const;
type Who = (typeof WHO)[number];
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  for (const who of WHO) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
    tokens[who] = (await createApiToken(actors[who], { name: "assign", expiresInDays: 1, readOnly: false })).token;
  }
});

/** A fresh DE and FR variant, DE given to its lead (as publishing does). */
async function fixture() {
  const { variants } = await createVariantFixture(await getDb(), {
    name: `Assign ${Math.random().toString(36).slice(2, 8)}`,
    markets: [{ code: "DE", assigneeEmail: "de.marketer@meridian.test" }, { code: "FR" }],
  });
  return { de: variants[0]!.id, fr: variants[1]!.id };
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

function put(who: Who, id: string, body: unknown, raw?: string) {
  return assigneeRoute(
    new Request(`http://test/api/v1/variants/${id}/assignee`, {
      method: "PUT",
      headers: { authorization: `Bearer ${tokens[who]}`, "content-type": "application/json" },
      body: raw ?? JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
}

const toTranslator = { email: "translator@meridian.test" };

describe("who may assign", () => {
  it("HQ campaign managers and admins anywhere, a lead in the market they lead; others 403, other markets 404", async () => {
    const { de, fr } = await fixture();
    const cases: Array<[Who, string, string]> = [
      ["campaigns", de, "ok"],
      ["admin", de, "ok"],
      ["de.marketer", de, "ok"],
      ["de.marketer", fr, "NOT_FOUND"],
      ["fr.marketer", de, "NOT_FOUND"],
      ["jp.marketer", fr, "NOT_FOUND"],
      ["de.approver", de, "FORBIDDEN"],
      ["brand", de, "FORBIDDEN"],
      ["viewer", de, "FORBIDDEN"],
      ["translator", de, "FORBIDDEN"],
    ];
    for (const [who, id, expected] of cases) {
      expect([who, await code(assignVariant(actors[who], { variantId: id, assignee: toTranslator }))]).toEqual([who, expected]);
      expect([who, (await getAssignmentOptions(actors[who], await assignmentFacts(id))) !== null]).toEqual([who, expected === "ok"]);
    }
  });

  it("work goes only to the market's marketers and translators (unknown people answer the same)", async () => {
    const { de } = await fixture();
    const as = (email: string) => code(assignVariant(actors.campaigns, { variantId: de, assignee: { email } }));
    expect(await as("translator@meridian.test")).toBe("ok");
    expect(await as("de.marketer@meridian.test")).toBe("ok");
    for (const email of ["de.approver@meridian.test", "fr.marketer@meridian.test", "brand@meridian.test", "viewer@meridian.test", "nobody@meridian.test"]) {
      expect([email, await as(email)]).toEqual([email, "ASSIGNEE_NOT_ALLOWED"]);
    }
    const db = await getDb();
    const market = await db.variant.findUniqueOrThrow({ where: { id: de }, select: { marketId: true, assigneeId: true } });
    const options = await getAssignmentOptions(actors.campaigns, { id: de, ...market });
    expect(options!.people.map((p) => p.email).sort()).toEqual(["de.marketer@meridian.test", "translator@meridian.test"]);
  });

  it("someone assigned before (an approver leading the market) keeps the work through a due date change, and stays listed", async () => {
    const { variants } = await createVariantFixture(await getDb(), { name: "Assign legacy", markets: [{ code: "DE", assigneeEmail: "de.approver@meridian.test" }] });
    const id = variants[0]!.id;
    const approver = actors["de.approver"].id;
    expect(await code(assignVariant(actors["de.marketer"], { variantId: id, assignee: { userId: approver }, dueDate: "2030-03-01" }))).toBe("ok");
    const options = await getAssignmentOptions(actors["de.marketer"], await assignmentFacts(id));
    expect(options!.people.map((p) => p.id)).toContain(approver);
    // Once taken away, they cannot be given it again.
    await assignVariant(actors["de.marketer"], { variantId: id, assignee: toTranslator });
    expect(await code(assignVariant(actors["de.marketer"], { variantId: id, assignee: { userId: approver } }))).toBe("ASSIGNEE_NOT_ALLOWED");
  });

  it("the translator sees the variant once assigned and loses it when unassigned; the change is audited", async () => {
    const { de } = await fixture();
    expect(await code(getVariantEditor(actors.translator, de))).toBe("NOT_FOUND");
    await assignVariant(actors["de.marketer"], { variantId: de, assignee: toTranslator, dueDate: "2030-01-15" });
    expect(await code(getVariantEditor(actors.translator, de))).toBe("ok");
    const db = await getDb();
    expect((await db.variant.findUniqueOrThrow({ where: { id: de } })).dueDate?.toISOString()).toBe("2030-01-15T00:00:00.000Z");
    await assignVariant(actors["de.marketer"], { variantId: de, assignee: null });
    expect(await code(getVariantEditor(actors.translator, de))).toBe("NOT_FOUND");
    const audit = await db.auditEvent.findMany({ where: { action: "variant.assign", entityId: de }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[1]!.after).toMatchObject({ assigneeId: null });
  });
});

async function assignmentFacts(id: string) {
  const row = await (await getDb()).variant.findUniqueOrThrow({ where: { id }, select: { id: true, marketId: true, assigneeId: true } });
  return row;
}

describe("PUT /api/v1/variants/{id}/assignee", () => {
  it("takes {email}, {userId} and null, answering 200 with the variant as GET shows it", async () => {
    const { de } = await fixture();
    const byEmail = await put("campaigns", de, { ...toTranslator, dueDate: "2030-02-01T12:00:00Z" });
    expect(byEmail.status).toBe(200);
    const body = await byEmail.json();
    expect(body.assignee).toEqual({ id: actors.translator.id, name: actors.translator.name });
    expect(body.dueDate).toBe("2030-02-01T12:00:00.000Z");
    const get = await getOneRoute(new Request(`http://test/api/v1/variants/${de}`, { headers: { authorization: `Bearer ${tokens.campaigns}` } }), { params: Promise.resolve({ id: de }) });
    expect(body).toEqual(await get.json());

    const byId = await put("de.marketer", de, { userId: actors["de.marketer"].id });
    expect(byId.status).toBe(200);
    expect((await byId.json()).assignee.id).toBe(actors["de.marketer"].id);

    const cleared = await put("de.marketer", de, null);
    expect(cleared.status).toBe(200);
    const after = await cleared.json();
    expect(after.assignee).toBeNull();
    expect(after.dueDate).toBe("2030-02-01T12:00:00.000Z");
  });

  it("404 outside the caller's markets, 403 for a caller who may not assign (before the body is read), 422 for a person who may not work there", async () => {
    const { de, fr } = await fixture();
    expect((await put("fr.marketer", de, toTranslator)).status).toBe(404);
    expect((await put("de.marketer", fr, toTranslator)).status).toBe(404);
    expect((await put("de.approver", de, toTranslator)).status).toBe(403);
    expect((await put("viewer", de, null)).status).toBe(403);
    // An unreadable body from a caller who may not assign still answers 403/404, never 400/422.
    expect((await put("translator", de, undefined, "{not json")).status).toBe(403);
    expect((await put("fr.marketer", de, undefined, "{not json")).status).toBe(404);
    const unread = new Request(`http://test/api/v1/variants/${de}/assignee`, {
      method: "PUT",
      headers: { authorization: `Bearer ${tokens["de.approver"]}`, "content-type": "application/json" },
      body: JSON.stringify(toTranslator),
    });
    expect((await assigneeRoute(unread, { params: Promise.resolve({ id: de }) })).status).toBe(403);
    expect(unread.bodyUsed).toBe(false);
    const refused = await put("campaigns", fr, toTranslator);
    expect([refused.status, (await refused.json()).error.code]).toEqual([422, "ASSIGNEE_NOT_ALLOWED"]);
    const invalid = await put("campaigns", de, { email: "translator@meridian.test", userId: "x" });
    expect([invalid.status, (await invalid.json()).error.code]).toEqual([422, "VALIDATION_FAILED"]);
  });
});

describe("notifications", () => {
  it("reassigning tells the new assignee and the previous one; nobody hears of their own act", async () => {
    const { de } = await fixture();
    const db = await getDb();
    await drainEvents();
    const before = new Date();
    await assignVariant(actors.campaigns, { variantId: de, assignee: toTranslator });
    await drainEvents();
    const kinds = async (who: Who) =>
      (await db.notification.findMany({ where: { userId: actors[who].id, createdAt: { gte: before } }, orderBy: { createdAt: "asc" } }))
        .filter((n) => (n.data as { variantId?: string }).variantId === de)
        .map((n) => [n.kind, n.link]);
    expect(await kinds("translator")).toEqual([["assigned", `/variants/${de}`]]);
    expect(await kinds("de.marketer")).toEqual([["unassigned", "/work"]]);
    expect(await kinds("campaigns")).toEqual([]);

    // The lead takes it back for themselves: the translator hears, the lead does not.
    await assignVariant(actors["de.marketer"], { variantId: de, assignee: { email: "de.marketer@meridian.test" } });
    await drainEvents();
    expect(await kinds("translator")).toEqual([["assigned", `/variants/${de}`], ["unassigned", "/work"]]);
    expect(await kinds("de.marketer")).toEqual([["unassigned", "/work"]]);

    // Saying the same again changes nothing and tells nobody.
    await assignVariant(actors["de.marketer"], { variantId: de, assignee: { email: "de.marketer@meridian.test" } });
    expect(await drainEvents()).toBe(0);
  });
});
