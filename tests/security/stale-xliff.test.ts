// Stale XLIFF: a vendor file exported before a workspace edit must never silently revert it.
// Exports carry the variant version (file note) and each unit's content version (unit note); an
// import whose units were edited in the workspace since is refused as a whole with 409
// VERSION_CONFLICT naming each unit (UNIT_CHANGED_SINCE_EXPORT); files without the markers (other
// tools) import as before; a manual save racing an import: one wins, the other gets 409.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { importVariantXliff } from "@/lib/exchange/import-variant-xliff";
import { parseXliff } from "@/lib/exchange/xliff/parse-xliff";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { createVariantFixture } from "@/lib/variants/testing/variant-factory";

setupTestDatabase({ seeded: true });

let marketer: Actor;

beforeAll(async () => {
  const user = await (await getDb()).user.findUniqueOrThrow({ where: { email: "de.marketer@meridian.test" } });
  marketer = (await loadActor(user.id))!;
});

const START = { headline: "Heute {percent} sparen", body: "Hallo {firstName}, der Sale beginnt.", promo: "Kostenloser Versand." };

async function variantWithText() {
  const db = await getDb();
  const { variants, blocks } = await createVariantFixture(db, { markets: [{ code: "DE" }] });
  const id = variants[0]!.id;
  await saveVariantBlocks(marketer, { variantId: id, version: 1, blocks: Object.entries(START).map(([key, target]) => ({ key, target })) });
  return { id, blocks };
}

async function texts(id: string) {
  const rows = await (await getDb()).variantBlock.findMany({ where: { variantId: id }, select: { targetText: true, block: { select: { key: true } } } });
  return Object.fromEntries(rows.map((r) => [r.block.key, r.targetText]));
}

const versionOf = async (id: string) => (await (await getDb()).variant.findUniqueOrThrow({ where: { id } })).version;

describe.each(["1.2", "2.0"] as const)("stale XLIFF %s", (xliffVersion) => {
  it("the export carries the variant version and each unit's content version, and still parses", async () => {
    const { id } = await variantWithText();
    const body = (await exportVariantXliff(marketer, { variantId: id, version: xliffVersion })).body;
    const parsed = parseXliff(body);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.doc.files[0]!.notes).toContain(`meridian:variant-version=${await versionOf(id)}`);
    for (const unit of parsed.doc.files[0]!.units) expect(unit.notes.some((n) => /^meridian:content-version=\d+$/.test(n))).toBe(true);
  });

  it("a unit edited in the workspace after the export is refused by unit id (409), and nothing is written", async () => {
    const { id, blocks } = await variantWithText();
    const exported = (await exportVariantXliff(marketer, { variantId: id, version: xliffVersion })).body;
    // After the export, the market edits the body in the workspace…
    await saveVariantBlocks(marketer, { variantId: id, version: await versionOf(id), blocks: [{ key: "body", target: "Hallo {firstName}, jetzt neu." }] });
    // …and the vendor translates the promo line and rewrites the body in the old file.
    const file = exported.replace(START.promo, "Versandkostenfrei.").replace("der Sale beginnt.", "der Ausverkauf beginnt.");
    const error = await importVariantXliff(marketer, { variantId: id, file }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "VERSION_CONFLICT", status: 409 });
    const details = (error as { details: { yours: number; current: number; problems: Array<{ code: string; unitId?: string }> } }).details;
    expect(details.current).toBe(await versionOf(id));
    expect(details.yours).toBe((await versionOf(id)) - 1);
    const bodyBlock = blocks.find((b) => b.key === "body")!;
    expect(details.problems).toEqual([expect.objectContaining({ code: "UNIT_CHANGED_SINCE_EXPORT", unitId: expect.stringContaining(bodyBlock.id) })]);
    expect(await texts(id)).toMatchObject({ body: "Hallo {firstName}, jetzt neu.", promo: START.promo });
  });

  it("a file that would only revert a newer workspace edit is refused too, never a silent overwrite", async () => {
    const { id } = await variantWithText();
    const exported = (await exportVariantXliff(marketer, { variantId: id, version: xliffVersion })).body;
    await saveVariantBlocks(marketer, { variantId: id, version: await versionOf(id), blocks: [{ key: "headline", target: "Jetzt {percent} sparen" }] });
    const file = exported.replace(START.promo, "Versandkostenfrei.");
    await expect(importVariantXliff(marketer, { variantId: id, file })).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    expect(await texts(id)).toMatchObject({ headline: "Jetzt {percent} sparen", promo: START.promo });
  });

  it("a clean file (no workspace edit since the export) imports as one edit", async () => {
    const { id } = await variantWithText();
    const exported = (await exportVariantXliff(marketer, { variantId: id, version: xliffVersion })).body;
    const report = await importVariantXliff(marketer, { variantId: id, file: exported.replace(START.promo, "Versandkostenfrei.") });
    expect(report).toMatchObject({ updated: 1 });
    expect((await texts(id)).promo).toBe("Versandkostenfrei.");
  });

  it("files without the markers (other tools) keep today's behaviour", async () => {
    const { id } = await variantWithText();
    const exported = (await exportVariantXliff(marketer, { variantId: id, version: xliffVersion })).body;
    await saveVariantBlocks(marketer, { variantId: id, version: await versionOf(id), blocks: [{ key: "body", target: "Hallo {firstName}, jetzt neu." }] });
    const file = exported.replace(/\s*<note>meridian:[a-z-]+=\d+<\/note>/g, "").replace("der Sale beginnt.", "der Ausverkauf beginnt.");
    expect(file).not.toContain("meridian:");
    expect(await importVariantXliff(marketer, { variantId: id, file })).toMatchObject({ updated: 1 });
    expect((await texts(id)).body).toBe("Hallo {firstName}, der Ausverkauf beginnt.");
  });

  it("a manual save racing an import of the same block: exactly one wins, the other gets 409", async () => {
    const { id } = await variantWithText();
    const exported = (await exportVariantXliff(marketer, { variantId: id, version: xliffVersion })).body;
    const version = await versionOf(id);
    const results = await Promise.allSettled([
      saveVariantBlocks(marketer, { variantId: id, version, blocks: [{ key: "body", target: "Hallo {firstName}, von Hand." }] }),
      importVariantXliff(marketer, { variantId: id, file: exported.replace("der Sale beginnt.", "aus der Datei.") }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]!.reason).toMatchObject({ code: "VERSION_CONFLICT", status: 409 });
    const body = (await texts(id)).body;
    expect(body).toBe(results[0]!.status === "fulfilled" ? "Hallo {firstName}, von Hand." : "Hallo {firstName}, aus der Datei.");
    expect(await versionOf(id)).toBe(version + 1);
  });
});
