// loadVariantBlocks reads the blocks in one JSON query; it must return exactly what Prisma's nested
// `variantBlockSelect` returns (types, nulls, enum values, millisecond timestamps).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/permissions/actor";
import { loadVariantBlocks, loadVariantHeader, variantBlockSelect, variantSelect } from "./load-variant";
import { createVariantFixture } from "./testing/variant-factory";

setupTestDatabase({ seeded: true });

describe("loadVariantBlocks", () => {
  it("matches Prisma's nested select, for all blocks and for some", async () => {
    const db = await getDb();
    const fixture = await createVariantFixture(db, {
      markets: [{ code: "DE" }],
      touchpoints: [
        { name: "Email", blocks: [{ key: "headline", type: "headline", policy: "adapt", source: "Save {percent}", maxLength: 40, notes: "Short", targets: { DE: "Spare {percent}" } }, { key: "legal", policy: "locked", source: "Terms apply." }] },
        { name: "Banner", channel: "display", blocks: [{ key: "headline", policy: "optional", source: "Free shipping" }] },
      ],
    });
    const variantId = fixture.variants[0]!.id;
    const [first] = await db.variantBlock.findMany({ where: { variantId }, select: { id: true }, take: 1 });
    await db.variantBlock.update({
      where: { id: first!.id },
      data: { backTranslation: "Save {percent}", omitReason: "n/a", outdated: true, basedOnSourceVersion: 3, errorCount: 2, warningCount: 1, updatedAt: new Date("2025-03-04T05:06:07.089Z") },
    });
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

    const expected = await db.variantBlock.findMany({ where: { variantId }, select: variantBlockSelect });
    const loaded = await loadVariantBlocks(db, variantId);
    expect(byId(loaded)).toEqual(byId(expected));
    expect(loaded.find((b) => b.id === first!.id)!.updatedAt.toISOString()).toBe("2025-03-04T05:06:07.089Z");

    const some = await loadVariantBlocks(db, variantId, [expected[1]!.blockId]);
    expect(some).toEqual([expected[1]]);
    expect(await loadVariantBlocks(db, variantId, [])).toEqual([]);
  });

  it("reads the header with its market, campaign and assignee, and hides other markets' variants", async () => {
    const db = await getDb();
    const assignee = await db.user.findFirstOrThrow({ select: { email: true } });
    const fixture = await createVariantFixture(db, { markets: [{ code: "DE", assigneeEmail: assignee.email }, { code: "FR" }] });
    const { blocks: _blocks, ...headerSelect } = variantSelect;
    const admin: Actor = { id: "admin", email: "a@x", name: "A", role: "admin", marketIds: [], uiLocale: "en" };
    for (const v of fixture.variants) {
      const expected = await db.variant.findUniqueOrThrow({ where: { id: v.id }, select: headerSelect });
      expect(await loadVariantHeader(admin, v.id, "view", db)).toEqual(expected);
    }
    expect((await loadVariantHeader(admin, fixture.variants[0]!.id, "view", db)).assignee).not.toBeNull();
    const outsider: Actor = { ...admin, role: "regional_marketer", marketIds: ["elsewhere"] };
    await expect(loadVariantHeader(outsider, fixture.variants[0]!.id, "view", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
