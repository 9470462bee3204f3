import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "@/prisma/seed";
import { CHECKLIST_ITEMS } from "./checklist";
import { saveVariantBlocks } from "./save-variant-blocks";
import { createVariantFixture } from "./testing/variant-factory";
import { transitionVariant } from "./transition-variant";
import { drainEvents } from "@/lib/jobs/testing/drain-events";

setupTestDatabase();

const actors: Record<string, Actor> = {};
async function as(name: string): Promise<Actor> {
  if (!actors[name]) {
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: `${name}@meridian.test` } });
    actors[name] = (await loadActor(user.id))!;
  }
  return actors[name]!;
}

const fullChecklist = { items: Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, { done: true, note: "ok" }])) };
const goodTargets = [
  { key: "headline", target: "Heute {percent} sparen" },
  { key: "body", target: "Hallo {firstName}, unser Frühlingsverkauf beginnt jetzt." },
  { key: "promo", target: "Kostenloser Versand." },
];

beforeAll(async () => {
  await seedDemo(await getDb());
});

describe("saving variant blocks", () => {
  it("of two concurrent saves on the same version one wins and the other gets VERSION_CONFLICT with both versions", async () => {
    const db = await getDb();
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
    const variant = variants[0]!;
    const marketer = await as("de.marketer");
    const approver = await as("de.approver");
    const results = await Promise.allSettled([
      saveVariantBlocks(marketer, { variantId: variant.id, version: 1, blocks: [{ key: "headline", target: "Mine" }] }),
      saveVariantBlocks(approver, { variantId: variant.id, version: 1, blocks: [{ key: "headline", target: "Theirs" }] }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: "VERSION_CONFLICT", status: 409 });
    const details = lost[0]!.reason.details as { yours: number; current: number; blocks: { key: string; target: string }[] };
    expect(details.current).toBe(2);
    expect(details.yours).toBe(1);
    const stored = await db.variant.findUniqueOrThrow({ where: { id: variant.id }, include: { blocks: { include: { block: true } } } });
    expect(stored.version).toBe(2);
    const headline = stored.blocks.find((b) => b.block.key === "headline")!;
    expect(details.blocks.find((b) => b.key === "headline")!.target).toBe(headline.targetText);
    // Saving again against the new version works (the merge path).
    const again = await saveVariantBlocks(marketer, { variantId: variant.id, version: 2, blocks: [{ key: "headline", target: "Merged {percent}" }] });
    expect(again.version).toBe(3);
    const audit = await db.auditEvent.findMany({ where: { entityId: variant.id, action: "variant.edit" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses locked blocks, unknown keys and omitting non-optional blocks; omits optional blocks with a reason", async () => {
    const db = await getDb();
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
    const id = variants[0]!.id;
    const marketer = await as("de.marketer");
    await expect(saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: [{ key: "legal", target: "Es gelten AGB." }] })).rejects.toMatchObject({ code: "BLOCK_LOCKED", status: 422 });
    await expect(saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: [{ key: "nope", target: "x" }] })).rejects.toMatchObject({ code: "UNKNOWN_BLOCK", status: 422 });
    await expect(saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: [{ key: "body", omitted: true, omitReason: "n/a" }] })).rejects.toMatchObject({ code: "BLOCK_NOT_OPTIONAL" });
    await expect(saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: [{ key: "promo", omitted: true }] })).rejects.toMatchObject({ code: "OMIT_REASON_REQUIRED" });
    const saved = await saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: [{ key: "promo", omitted: true, omitReason: "No free shipping in DE" }] });
    expect(saved.version).toBe(2);
  });

  it("counts findings per block (placeholder lost, too long)", async () => {
    const db = await getDb();
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
    const id = variants[0]!.id;
    const marketer = await as("de.marketer");
    const saved = await saveVariantBlocks(marketer, {
      variantId: id,
      version: 1,
      blocks: [{ key: "headline", target: "Sparen Sie heute ganz viel Geld bei unserem großen Frühlingsverkauf" }],
    });
    expect(saved.errorCount).toBeGreaterThanOrEqual(2);
  });

  it("clears outdated when a new target is saved or the block is kept as is", async () => {
    const db = await getDb();
    const { variants, blocks } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
    const id = variants[0]!.id;
    await db.block.update({ where: { id: blocks[1]!.id }, data: { sourceVersion: 2, sourceText: "Hello {firstName}, the sale is on." } });
    await db.variantBlock.updateMany({ where: { variantId: id, blockId: blocks[1]!.id }, data: { outdated: true } });
    const marketer = await as("de.marketer");
    await saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: [{ key: "body", keepAsIs: true }] });
    const vb = await db.variantBlock.findFirstOrThrow({ where: { variantId: id, blockId: blocks[1]!.id } });
    expect(vb).toMatchObject({ outdated: false, basedOnSourceVersion: 2 });
  });
});

describe("workflow transitions", () => {
  it("refuses submit with errors unless an override reason is given, and keeps the reason", async () => {
    const db = await getDb();
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
    const id = variants[0]!.id;
    const marketer = await as("de.marketer");
    await expect(transitionVariant(marketer, { variantId: id, to: "in_review" })).rejects.toMatchObject({ code: "VARIANT_HAS_ERRORS", status: 422 });
    const done = await transitionVariant(marketer, { variantId: id, to: "in_review", overrideReason: "Translations follow tomorrow from the agency" });
    expect(done.state).toBe("in_review");
    const stored = await db.variant.findUniqueOrThrow({ where: { id } });
    expect(stored.overrideReason).toContain("agency");
    expect(stored.errorCount).toBeGreaterThan(0);
    const approver = await as("de.approver");
    await drainEvents();
    expect(await db.notification.count({ where: { userId: approver.id, kind: "state_changed" } })).toBeGreaterThan(0);
  });

  it("approval needs the checklist; the same person may not submit and approve; TM entries are written", async () => {
    const db = await getDb();
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
    const id = variants[0]!.id;
    const approver = await as("de.approver");
    const marketer = await as("de.marketer");
    await saveVariantBlocks(approver, { variantId: id, version: 1, blocks: goodTargets });
    // A regional approver cannot submit (state machine: marketers, translators, HQ campaign).
    await expect(transitionVariant(approver, { variantId: id, to: "in_review" })).rejects.toMatchObject({ code: "NOT_PERMITTED", status: 403 });
    await transitionVariant(marketer, { variantId: id, to: "in_review" });
    await expect(transitionVariant(approver, { variantId: id, to: "approved" })).rejects.toMatchObject({ code: "CHECKLIST_INCOMPLETE" });
    await expect(transitionVariant(approver, { variantId: id, to: "changes_requested" })).rejects.toMatchObject({ code: "COMMENT_REQUIRED" });
    await transitionVariant(approver, { variantId: id, to: "changes_requested", comment: "Headline too formal" });
    await drainEvents();
    expect(await db.notification.count({ where: { userId: marketer.id, kind: "state_changed" } })).toBeGreaterThan(0);
    await transitionVariant(marketer, { variantId: id, to: "in_review" });
    const approved = await transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist });
    expect(approved.state).toBe("approved");
    const tm = await db.tmEntry.findMany({ where: { variantId: id } });
    expect(tm.map((t) => t.targetText).sort()).toEqual(goodTargets.map((g) => g.target).sort());
    expect(tm[0]!.locale).toBe("de-DE");
    const audit = await db.auditEvent.findMany({ where: { entityId: id, action: "variant.transition" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.after as { state: string }).state)).toEqual(["in_review", "changes_requested", "in_review", "approved"]);
    await expect(transitionVariant(marketer, { variantId: id, to: "published" })).rejects.toMatchObject({ code: "NOT_PERMITTED" });
    expect((await transitionVariant(approver, { variantId: id, to: "published" })).state).toBe("published");
  });

  it("a submitter cannot approve their own submission", async () => {
    const db = await getDb();
    const { variants } = await createVariantFixture(db, { markets: [{ code: "DE" }], requiresBrandSignoff: true });
    const id = variants[0]!.id;
    const campaigns = await as("campaigns");
    const brand = await as("brand");
    const approver = await as("de.approver");
    await saveVariantBlocks(approver, { variantId: id, version: 1, blocks: goodTargets });
    await transitionVariant(campaigns, { variantId: id, to: "in_review" });
    // Brand sign-off path: the market approver's approval lands in brand_review.
    const first = await transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist });
    expect(first.state).toBe("brand_review");
    expect(await db.tmEntry.count({ where: { variantId: id } })).toBe(0);
    await expect(transitionVariant(approver, { variantId: id, to: "approved" })).rejects.toMatchObject({ code: "NOT_PERMITTED" });
    const final = await transitionVariant(brand, { variantId: id, to: "approved" });
    expect(final.state).toBe("approved");
    // The same renderings were approved before: the memory keeps one entry each.
    expect(await db.tmEntry.count({ where: { locale: "de-DE", targetText: { in: goodTargets.map((g) => g.target) } } })).toBe(3);
    // Same-user rule: the brand manager submitted → may not sign off.
    const second = await createVariantFixture(db, { markets: [{ code: "FR" }], requiresBrandSignoff: true });
    const v2 = second.variants[0]!.id;
    await db.variant.update({ where: { id: v2 }, data: { state: "brand_review", submittedById: brand.id } });
    await expect(transitionVariant(brand, { variantId: v2, to: "approved" })).rejects.toMatchObject({ code: "SAME_USER_SUBMIT_APPROVE" });
  });
});
