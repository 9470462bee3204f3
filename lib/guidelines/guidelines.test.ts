import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { checkInWorkspace } from "@/lib/checker/check-in-workspace";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "@/prisma/seed";
import { decideRuleProposal } from "./decide-rule-proposal";
import { findGuidelineRules, findGuidelineSections } from "./find-guidelines";
import { loadRules } from "./load-rules";
import { saveGuidelineRule } from "./save-guideline-rule";
import { saveGuidelineSection } from "./save-guideline-section";
import type { SectionKind } from "./guideline.schemas";

setupTestDatabase();

async function actorFor(email: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

describe("guidelines", () => {
  it("seeds sections and rules; loadRules maps accepted active rules to market codes", async () => {
    const db = await getDb();
    await seedDemo(db);
    const rules = await loadRules();
    expect(rules.length).toBe(7);
    expect(rules.find((r) => r.kind === "required_text")).toMatchObject({ marketCode: "DE", channel: "email", phrase: "Impressum" });
    expect(rules.some((r) => r.phrase === "cheap")).toBe(false); // proposed, not yet accepted
  });

  it("checkInWorkspace flags the forbidden tagline, headline style per market, banner length and the block limit", async () => {
    const findings = await checkInWorkspace({ text: "Do Nothing today!", locale: "de-DE", marketCode: "DE", blockType: "headline" });
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(["RULE_FORBIDDEN_PHRASE", "STYLE_NO_EXCLAMATION"]));
    const fr = await checkInWorkspace({ text: "Do Nothing today!", locale: "fr-FR", marketCode: "FR", blockType: "headline" });
    expect(fr.map((f) => f.code)).not.toContain("STYLE_NO_EXCLAMATION");
    const banner = await checkInWorkspace({ text: "x".repeat(61), locale: "en-US", channel: "banner" });
    expect(banner.map((f) => f.code)).toContain("RULE_TOO_LONG");
    const block = await checkInWorkspace({ text: "Hello there", locale: "en-US", maxLength: 5 });
    expect(block).toEqual([expect.objectContaining({ code: "BLOCK_TOO_LONG", start: 5, end: 11 })]);
    const legal = await checkInWorkspace({ text: "Abmelden", locale: "de-DE", marketCode: "DE", channel: "email", blockType: "legal" });
    expect(legal.map((f) => f.code)).toContain("RULE_REQUIRED_TEXT_MISSING");
  });

  it("versions rule edits, refuses stale versions and invalid patterns", async () => {
    const brand = await actorFor("brand@meridian.test");
    const created = await saveGuidelineRule(brand, { kind: "forbidden_pattern", pattern: "(a+)+$", severity: "warning" });
    expect(created.version).toBe(1);
    // A catastrophic-backtracking pattern runs in linear time under RE2 (a backtracking engine hangs at ~30 chars).
    const t0 = performance.now();
    const hits = await checkInWorkspace({ text: "a".repeat(3000) + "!", locale: "en-US" });
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(hits.some((f) => f.code === "RULE_FORBIDDEN_PATTERN")).toBe(false);
    await expect(saveGuidelineRule(brand, { kind: "forbidden_pattern", pattern: "(\\w)\\1" })).rejects.toMatchObject({
      code: "RULE_PATTERN_INVALID",
      details: { reason: expect.stringContaining("backreferences") },
    });
    const updated = await saveGuidelineRule(brand, { id: created.id, version: 1, kind: "forbidden_pattern", pattern: "free!+", severity: "error" });
    expect(updated.version).toBe(2);
    await expect(
      saveGuidelineRule(brand, { id: created.id, version: 1, kind: "forbidden_pattern", pattern: "x" }),
    ).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    const rules = await findGuidelineRules(brand);
    const history = rules.find((r) => r.id === created.id)!.versions;
    expect(history.map((v) => v.version)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ changedByName: "Bea Brand" });
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: { startsWith: "guideline_rule." } } })).toBe(2);
  });

  it("accepting a proposal activates it for the checker; rejecting removes it", async () => {
    const brand = await actorFor("brand@meridian.test");
    const db = await getDb();
    const proposal = await db.guidelineRule.findFirstOrThrow({ where: { proposed: true } });
    const jp = await actorFor("jp.marketer@meridian.test");
    await expect(decideRuleProposal(jp, { id: proposal.id, decision: "accept" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideRuleProposal(brand, { id: proposal.id, decision: "accept" });
    expect((await loadRules()).some((r) => r.id === proposal.id)).toBe(true);
    await expect(decideRuleProposal(brand, { id: proposal.id, decision: "accept" })).rejects.toMatchObject({ code: "RULE_NOT_PROPOSED" });
    const other = await saveGuidelineRule(brand, { kind: "forbidden_phrase", phrase: "cheap" });
    await db.guidelineRule.update({ where: { id: other.id }, data: { proposed: true } });
    await decideRuleProposal(brand, { id: other.id, decision: "reject" });
    expect(await db.guidelineRule.findUnique({ where: { id: other.id } })).toBeNull();
  });

  it("markets read global + their own sections; edits bump the version", async () => {
    const fr = await actorFor("fr.marketer@meridian.test");
    const titles = (await findGuidelineSections(fr)).map((s) => s.title);
    expect(titles).toContain("Tone of voice");
    expect(titles).not.toContain("Germany: cultural notes");
    const brand = await actorFor("brand@meridian.test");
    expect((await findGuidelineSections(brand)).length).toBe(4);
    const s = (await findGuidelineSections(brand))[0]!;
    const saved = await saveGuidelineSection(brand, { id: s.id, version: s.version, kind: s.kind as SectionKind, title: s.title, body: "New body" });
    expect(saved.version).toBe(s.version + 1);
    await expect(saveGuidelineSection(brand, { id: s.id, version: s.version, kind: "tone", title: "x", body: "" })).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
    });
  });
});
