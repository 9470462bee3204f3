// Every learnings denial by role × own market / other market, promotion into a proposed rule,
// a term proposal and a draft brief (linked back), and the API v1 learnings route.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1LearningsRoute from "@/app/api/v1/learnings/route";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { commentOnLearning } from "@/lib/learnings/comment-on-learning";
import { createLearning } from "@/lib/learnings/create-learning";
import { findLearnings } from "@/lib/learnings/find-learnings";
import { markLearningUseful } from "@/lib/learnings/mark-learning-useful";
import { promoteLearning } from "@/lib/learnings/promote-learning";
import { createFactoryCampaign } from "@/lib/results/testing/factory";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import type { Actor } from "./actor";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: listRoute, POST: createRoute } = documentedRoute("/api/v1/learnings", v1LearningsRoute);

setupTestDatabase({ seeded: true });

const EMAILS = ["admin", "brand", "campaigns", "de.marketer", "de.approver", "fr.marketer", "jp.marketer", "translator", "viewer"] as const;
type Who = (typeof EMAILS)[number];
const actors = {} as Record<Who, Actor>;
const market: Record<string, string> = {};
const ids = { learning: "", draft: "", published: "", variant: "" };
const outcome = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

beforeAll(async () => {
  const db = await getDb();
  for (const who of EMAILS) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
  }
  for (const m of await db.market.findMany()) market[m.code] = m.id;
  const published = await createFactoryCampaign(db, { name: "Learn pub", variants: [{ marketId: market.DE!, locale: "de-DE" }] });
  ids.published = published.id;
  ids.variant = published.variants[0]!.id;
  ids.draft = (await db.campaign.create({ data: { name: "Next brief", status: "draft", briefNotes: "Existing note" } })).id;
});

describe("writing learnings", () => {
  it("only the market's regional team writes a learning for its market", async () => {
    const input = (code: string) => ({ marketId: market[code]!, title: "Formal tone wins", body: "Sie beats du for banking.", tags: ["Tone", "tone", "cta"] });
    const expected: Record<Who, string> = {
      admin: "FORBIDDEN", brand: "FORBIDDEN", campaigns: "FORBIDDEN", viewer: "FORBIDDEN", translator: "FORBIDDEN",
      "de.marketer": "ok", "de.approver": "ok", "fr.marketer": "FORBIDDEN", "jp.marketer": "FORBIDDEN",
    };
    for (const who of EMAILS) expect([who, await outcome(createLearning(actors[who], input("DE")))]).toEqual([who, expected[who]]);
    expect(await outcome(createLearning(actors["de.marketer"], input("FR")))).toBe("FORBIDDEN");
    const linked = await createLearning(actors["de.marketer"], { ...input("DE"), title: "Linked", variantId: ids.variant });
    expect(linked).toMatchObject({ campaignId: ids.published, tags: ["tone", "cta"] });
    ids.learning = linked.id;
    // Linking another market's variant is refused.
    expect(await outcome(createLearning(actors["fr.marketer"], { ...input("FR"), variantId: ids.variant }))).toBe("NOT_FOUND");
  });

  it("everyone but translators reads; viewers and translators cannot comment or mark useful", async () => {
    for (const who of EMAILS) {
      const canRead = who !== "translator";
      expect([who, await outcome(findLearnings(actors[who]))]).toEqual([who, canRead ? "ok" : "FORBIDDEN"]);
      const write = who === "translator" ? "NOT_FOUND" : who === "viewer" ? "FORBIDDEN" : "ok";
      expect([who, await outcome(commentOnLearning(actors[who], { learningId: ids.learning, body: "Same in AT" }))]).toEqual([who, write]);
      expect([who, await outcome(markLearningUseful(actors[who], { learningId: ids.learning, useful: true }))]).toEqual([who, write]);
    }
    const [top] = await findLearnings(actors.brand, { sort: "useful", tag: "tone" });
    expect(top).toMatchObject({ id: ids.learning, usefulCount: 7, usefulByMe: true, comments: expect.arrayContaining([expect.objectContaining({ body: "Same in AT" })]) });
    await markLearningUseful(actors.brand, { learningId: ids.learning, useful: false });
    expect((await findLearnings(actors.brand, { market: "DE" })).find((l) => l.id === ids.learning)!.usefulCount).toBe(6);
    expect(await findLearnings(actors.brand, { market: "FR" })).toEqual([]);
  });
});

describe("promoting learnings", () => {
  it("only HQ brand and campaign managers promote", async () => {
    for (const who of ["admin", "viewer", "de.marketer", "de.approver", "fr.marketer", "jp.marketer"] as const) {
      expect([who, await outcome(promoteLearning(actors[who], { learningId: ids.learning, target: "term", locale: "de-DE", text: "Sie" }))]).toEqual([who, "FORBIDDEN"]);
    }
    expect(await outcome(promoteLearning(actors.translator, { learningId: ids.learning, target: "term", locale: "de-DE", text: "Sie" }))).toBe("NOT_FOUND");
    expect(await outcome(promoteLearning({ ...actors.brand, readOnly: true }, { learningId: ids.learning, target: "term", locale: "de-DE", text: "Sie" }))).toBe("FORBIDDEN");
  });

  it("creates a proposed rule, a term proposal and a brief note, each linked back", async () => {
    const db = await getDb();
    const rule = await promoteLearning(actors.brand, { learningId: ids.learning, target: "guideline_rule", kind: "forbidden_phrase", text: "Hey du", marketId: market.DE });
    expect(await db.guidelineRule.findUniqueOrThrow({ where: { id: rule.promoted.id } })).toMatchObject({ proposed: true, learningId: ids.learning, phrase: "Hey du", marketId: market.DE });
    const term = await promoteLearning(actors.campaigns, { learningId: ids.learning, target: "term", locale: "de-DE", text: "Sie", doNotTranslate: false });
    expect(await db.termProposal.findUniqueOrThrow({ where: { id: term.promoted.id } })).toMatchObject({ learningId: ids.learning, state: "pending", text: "Sie", marketId: market.DE });
    expect(await outcome(promoteLearning(actors.campaigns, { learningId: ids.learning, target: "brief_note", campaignId: ids.published, note: "x" }))).toBe("LEARNING_BRIEF_NOT_DRAFT");
    await promoteLearning(actors.campaigns, { learningId: ids.learning, target: "brief_note", campaignId: ids.draft, note: "Use formal address in DE." });
    const draft = await db.campaign.findUniqueOrThrow({ where: { id: ids.draft } });
    expect(draft.briefNotes).toMatch(/^Existing note\n\nLearning — Linked \(DE\): Use formal address in DE\.$/);
    expect(draft.version).toBe(2);
    const learning = await db.learning.findUniqueOrThrow({ where: { id: ids.learning } });
    expect((learning.promotedTo as { type: string }[]).map((p) => p.type)).toEqual(["guideline_rule", "term_proposal", "brief_note"]);
    expect(await db.auditEvent.count({ where: { action: "learning.promote", entityId: ids.learning } })).toBe(3);
  });
});

describe("API v1 learnings", () => {
  it("lists and creates, permission-checked like the UI", async () => {
    const token = async (who: Who) => (await createApiToken(actors[who], { name: "t" })).token;
    const get = (t: string | null, q = "") => listRoute(new Request(`http://x/api/v1/learnings${q}`, { headers: t ? { authorization: `Bearer ${t}` } : {} }), { params: Promise.resolve({}) } as never);
    expect((await get(null)).status).toBe(401);
    expect((await get(await token("translator"))).status).toBe(403);
    const list = await (await get(await token("jp.marketer"), "?tag=cta&sort=useful")).json();
    expect(list.items[0].id).toBe(ids.learning);
    const post = async (who: Who, marketId: string) =>
      createRoute(new Request("http://x/api/v1/learnings", { method: "POST", headers: { authorization: `Bearer ${await token(who)}`, "content-type": "application/json" }, body: JSON.stringify({ marketId, title: "JP insight", body: "Seasonal imagery lifts CTR.", tags: ["seasonality"] }) }), { params: Promise.resolve({}) } as never);
    expect((await post("brand", market.JP!)).status).toBe(403);
    expect((await post("de.marketer", market.JP!)).status).toBe(403);
    expect((await post("jp.marketer", market.JP!)).status).toBe(201);
  });
});
