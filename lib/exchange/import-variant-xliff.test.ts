// A large XLIFF import, more blocks than an editor or API save may send (1,000), is saved as one
// normal edit (version + 1, one history record), and each saved block carries its checker counts.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { exportVariantXliff } from "./export-variant-xliff";
import { importVariantXliff } from "./import-variant-xliff";
import { createExchangeActor, createExchangeFixture } from "./testing/factory";
import { parseXliff } from "./xliff/parse-xliff";
import { writeXliff } from "./xliff/write-xliff";

setupTestDatabase({ seeded: true });

const BULK = 1_200;

describe("importVariantXliff, more blocks than one API save", () => {
  it("saves every block with its findings, one version and one history record for the whole file", async () => {
    const db = await getDb();
    const fixture = await createExchangeFixture(db, { markets: [{ code: "DE" }] });
    const de = await createExchangeActor(db, "regional_marketer", ["DE"]);
    const variantId = fixture.variants.DE!.id;
    const touchpoint = await db.touchpoint.create({ data: { campaignId: fixture.campaignId, channel: "email", name: "Bulk", position: 1 } });
    await db.block.createMany({
      data: Array.from({ length: BULK }, (_, i) => ({
        id: `bulk-${i}`,
        touchpointId: touchpoint.id,
        key: `item_${i}`,
        type: "body",
        position: i,
        sourceText: `Item ${i} is ready, {firstName}`,
        maxLength: 40,
      })),
    });
    await db.variantBlock.createMany({ data: Array.from({ length: BULK }, (_, i) => ({ variantId, blockId: `bulk-${i}` })) });

    const file = await exportVariantXliff(de, { variantId, version: "2.0" });
    const parsed = parseXliff(file.body);
    if (!parsed.ok) throw new Error("export does not parse");
    let tooLong = 0;
    for (const unit of parsed.doc.files[0]!.units) {
      if (!unit.id.includes("bulk-")) continue;
      const n = Number(unit.id.split("bulk-")[1]!.split(/\D/)[0]);
      const long = n % 100 === 7;
      if (long) tooLong++;
      unit.target = unit.source.map((part) =>
        typeof part === "string" ? part.replace("is ready", long ? "ist fertig und wartet schon sehr lange auf Sie" : "ist fertig") : part,
      );
    }
    const translated = writeXliff(parsed.doc, "2.0");
    const before = await db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { version: true } });

    const report = await importVariantXliff(de, { variantId, file: translated });
    expect(report).toMatchObject({ updated: BULK, units: BULK + 4, unchanged: 1, untranslated: 3, version: before.version + 1, errorCount: tooLong, warningCount: 0 });

    const variant = await db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { version: true, errorCount: true, warningCount: true } });
    expect(variant).toEqual({ version: report.version, errorCount: tooLong, warningCount: 0 });
    const blocks = await db.variantBlock.findMany({ where: { variantId, blockId: { startsWith: "bulk-" } }, select: { blockId: true, targetText: true, errorCount: true, updatedById: true } });
    expect(blocks).toHaveLength(BULK);
    expect(blocks.every((b) => b.updatedById === de.id)).toBe(true);
    const byId = new Map(blocks.map((b) => [b.blockId, b]));
    expect(byId.get("bulk-5")).toMatchObject({ targetText: "Item 5 ist fertig, {firstName}", errorCount: 0 });
    expect(byId.get("bulk-1107")).toMatchObject({ errorCount: 1 });
    const edits = await db.auditEvent.findMany({ where: { action: "variant.edit", entityId: variantId }, select: { before: true, after: true } });
    expect(edits).toHaveLength(1);
    expect((edits[0]!.after as { blocks: unknown[] }).blocks).toHaveLength(BULK);
    expect(edits[0]!.before).toMatchObject({ version: before.version });

    // The same file again changes nothing.
    const again = await importVariantXliff(de, { variantId, file: translated });
    expect(again).toMatchObject({ updated: 0, unchanged: BULK + 1, version: report.version, errorCount: tooLong });
  });
});
