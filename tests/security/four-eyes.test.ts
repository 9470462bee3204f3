// Four eyes: whoever changed a variant's content since its submission (text, omissions, an XLIFF
// import) may not approve that version, in the editor, the API or a bulk approval; a re-approval
// after HQ changed the source needs a fresh cultural checklist.
// Refusal: 422 FOUR_EYES_REQUIRED (a workflow rule like SAME_USER_SUBMIT_APPROVE: the approver
// may approve in general, not this version).
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { saveBlock } from "@/lib/campaigns/save-block";
import { getDb } from "@/lib/db";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { importVariantXliff } from "@/lib/exchange/import-variant-xliff";
import { createExchangeActor } from "@/lib/exchange/testing/factory";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { bulkApproveVariants } from "@/lib/variants/bulk-approve-variants";
import { CHECKLIST_ITEMS } from "@/lib/variants/checklist";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { createVariantFixture } from "@/lib/variants/testing/variant-factory";
import { transitionVariant } from "@/lib/variants/transition-variant";
import { updateChecklist } from "@/lib/variants/update-checklist";

setupTestDatabase({ seeded: true });

const fullChecklist = { items: Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, { done: true, note: "ok" }])) };
const targets = [
  { key: "headline", target: "Heute {percent} sparen" },
  { key: "body", target: "Hallo {firstName}, unser Frühlingsverkauf beginnt jetzt." },
  { key: "promo", target: "Kostenloser Versand." },
];

let marketer: Actor;
let approver: Actor;
let otherApprover: Actor;
let hq: Actor;

async function byEmail(email: string): Promise<Actor> {
  const user = await (await getDb()).user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

beforeAll(async () => {
  marketer = await byEmail("de.marketer@meridian.test");
  approver = await byEmail("de.approver@meridian.test");
  hq = await byEmail("campaigns@meridian.test");
  otherApprover = await createExchangeActor(await getDb(), "regional_approver", ["DE"]);
});

/** A DE variant written by the marketer and submitted for review. */
async function submitted() {
  const db = await getDb();
  const { variants, blocks } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
  const id = variants[0]!.id;
  await saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: targets });
  await transitionVariant(marketer, { variantId: id, to: "in_review" });
  return { id, blocks };
}

const versionOf = async (id: string) => (await (await getDb()).variant.findUniqueOrThrow({ where: { id } })).version;

describe("four eyes", () => {
  it("an approver who edited the text in review may not approve it; another approver may", async () => {
    const { id } = await submitted();
    await saveVariantBlocks(approver, { variantId: id, version: await versionOf(id), blocks: [{ key: "headline", target: "Sparen Sie heute {percent}" }] });
    await expect(transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist })).rejects.toMatchObject({
      code: "FOUR_EYES_REQUIRED",
      status: 422,
    });
    expect((await transitionVariant(otherApprover, { variantId: id, to: "approved", checklist: fullChecklist })).state).toBe("approved");
  });

  it("omitting a block counts as a content change", async () => {
    const { id } = await submitted();
    await saveVariantBlocks(approver, { variantId: id, version: await versionOf(id), blocks: [{ key: "promo", omitted: true, omitReason: "No free shipping here" }] });
    await expect(transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist })).rejects.toMatchObject({ code: "FOUR_EYES_REQUIRED" });
  });

  it("an XLIFF import by the approver counts as a content change", async () => {
    const { id } = await submitted();
    const file = (await exportVariantXliff(approver, { variantId: id, version: "1.2" })).body.replace(
      "Kostenloser Versand.",
      "Versandkostenfrei.",
    );
    expect(await importVariantXliff(approver, { variantId: id, file })).toMatchObject({ updated: 1 });
    await expect(transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist })).rejects.toMatchObject({ code: "FOUR_EYES_REQUIRED" });
  });

  it("bulk approval obeys the same rule", async () => {
    const { id } = await submitted();
    await saveVariantBlocks(approver, { variantId: id, version: await versionOf(id), blocks: [{ key: "body", target: "Hallo {firstName}, der Sale beginnt." }] });
    await updateChecklist(approver, { variantId: id, checklist: fullChecklist });
    expect(await bulkApproveVariants(approver, { variantIds: [id] })).toEqual([{ variantId: id, ok: false, code: "FOUR_EYES_REQUIRED" }]);
    expect(await bulkApproveVariants(otherApprover, { variantIds: [id] })).toEqual([{ variantId: id, ok: true, state: "approved" }]);
  });

  it("a resubmission starts a new count: edits before it do not block the approver", async () => {
    const { id } = await submitted();
    await saveVariantBlocks(approver, { variantId: id, version: await versionOf(id), blocks: [{ key: "headline", target: "Sparen Sie heute {percent}" }] });
    await transitionVariant(approver, { variantId: id, to: "changes_requested", comment: "Please check my headline" });
    await transitionVariant(marketer, { variantId: id, to: "in_review" });
    expect((await transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist })).state).toBe("approved");
  });

  it("after HQ changes the source, a re-approval needs a fresh cultural checklist", async () => {
    const { id, blocks } = await submitted();
    expect((await transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist })).state).toBe("approved");
    const headline = blocks.find((b) => b.key === "headline")!;
    await saveBlock(hq, { blockId: headline.id, touchpointId: headline.touchpointId, key: "headline", type: "headline", policy: "adapt", sourceText: "Save {percent} this week" });
    const db = await getDb();
    expect((await db.variant.findUniqueOrThrow({ where: { id } })).state).toBe("outdated");
    await saveVariantBlocks(marketer, { variantId: id, version: await versionOf(id), blocks: [{ key: "headline", target: "Diese Woche {percent} sparen" }] });
    await transitionVariant(marketer, { variantId: id, to: "in_review" });
    await expect(transitionVariant(approver, { variantId: id, to: "approved" })).rejects.toMatchObject({ code: "CHECKLIST_INCOMPLETE" });
    expect((await transitionVariant(approver, { variantId: id, to: "approved", checklist: fullChecklist })).state).toBe("approved");
  });
});
