// XLIFF export → vendor edits → import, for 1.2 and 2.0, with placeholders, notes, locked blocks
// and right-to-left text; every refused file leaves the variant untouched.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { exportVariantXliff } from "./export-variant-xliff";
import { importVariantXliff } from "./import-variant-xliff";
import { createExchangeActor, createExchangeFixture } from "./testing/factory";
import { parseXliff } from "./xliff/parse-xliff";
import { writeXliff } from "./xliff/write-xliff";
import type { Inline, XliffDocument } from "./xliff/xliff.types";

setupTestDatabase({ seeded: true });

let fixture: Awaited<ReturnType<typeof createExchangeFixture>>;
let de: Actor;
let sa: Actor;

beforeAll(async () => {
  const db = await getDb();
  fixture = await createExchangeFixture(db, { markets: [{ code: "DE" }, { code: "SA" }] });
  de = await createExchangeActor(db, "regional_marketer", ["DE"]);
  sa = await createExchangeActor(db, "regional_marketer", ["SA"]);
});

/** Replaces the text runs of a unit's source, keeping its inline codes in place. */
function translate(source: Inline[], words: string[]): Inline[] {
  let i = 0;
  return source.map((part) => (typeof part === "string" ? (words[i++] ?? part) : part));
}

function parsed(body: string): XliffDocument {
  const result = parseXliff(body);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

async function snapshot(variantId: string) {
  const db = await getDb();
  const v = await db.variant.findUniqueOrThrow({ where: { id: variantId }, include: { blocks: { include: { block: true } } } });
  return { version: v.version, targets: Object.fromEntries(v.blocks.map((b) => [b.block.key, b.targetText])) };
}

async function expectRefused(actor: Actor, variantId: string, file: string | Uint8Array, code: string) {
  const before = await snapshot(variantId);
  const error = await importVariantXliff(actor, { variantId, file }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "XLIFF_IMPORT_REFUSED", status: 422 });
  const problems = (error as { details: { problems: Array<{ code: string; unitId?: string }> } }).details.problems;
  expect(problems.map((p) => p.code)).toContain(code);
  expect(await snapshot(variantId)).toEqual(before);
  return problems;
}

describe("variant XLIFF round trip", () => {
  it("XLIFF 2.0: exports units with codes, notes, limits, locked flag; imports translations as an edit", async () => {
    const variantId = fixture.variants.DE!.id;
    const file = await exportVariantXliff(de, { variantId, version: "2.0" });
    expect(file.fileName).toMatch(/-DE-de-DE\.xliff$/);
    expect(file.body).toContain(`trgLang="de-DE"`);
    expect(file.body).toContain(`original="${variantId}"`);
    expect(file.body).toContain(`slr:sizeRestriction="60"`);
    expect(file.body).toContain(`translate="no"`);
    expect(file.body).toContain("Keep it short &amp; punchy &lt;no emoji&gt;");
    expect(file.body).toContain(`state="initial"`);
    const doc = parsed(file.body);
    const [headline, body, legal, cta] = doc.files[0]!.units;
    expect(headline!.source.filter((p) => typeof p !== "string")).toHaveLength(2);
    expect(legal!.translate).toBe(false);
    headline!.target = translate(headline!.source, ["Sparen Sie heute ", ", "]);
    body!.target = translate(body!.source, ["Sie haben ", " wartend."]);
    cta!.target = ["Jetzt shoppen"];
    const report = await importVariantXliff(de, { variantId, file: writeXliff(doc, "2.0") });
    expect(report).toMatchObject({ updated: 3, unchanged: 1, units: 4, untranslated: 0 });
    const after = await snapshot(variantId);
    expect(after.targets).toMatchObject({
      headline: "Sparen Sie heute {percent}, {firstName}",
      body: "Sie haben {count, plural, one {# offer} other {# offers}} wartend.",
      cta: "Jetzt shoppen",
      legal: "Terms apply.",
    });
    expect(after.version).toBe(report.version);
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: "variant.edit", entityId: variantId } })).toBe(1);
    // Exported again: the filled units are now "translated".
    const again = await exportVariantXliff(de, { variantId, version: "2.0" });
    expect(again.body).toContain(`state="translated"`);
    expect(again.body).toContain("Jetzt shoppen");
  });

  it("XLIFF 1.2 with right-to-left Arabic text", async () => {
    const variantId = fixture.variants.SA!.id;
    const file = await exportVariantXliff(sa, { variantId, version: "1.2" });
    expect(file.body).toContain(`target-language="ar-SA"`);
    expect(file.body).toContain(`maxwidth="60"`);
    const doc = parsed(file.body);
    const [headline, , , cta] = doc.files[0]!.units;
    headline!.target = translate(headline!.source, ["وفّر اليوم ", " يا "]);
    cta!.target = ["تسوّق الآن"];
    const report = await importVariantXliff(sa, { variantId, file: Buffer.from(writeXliff(doc, "1.2"), "utf8") });
    expect(report.updated).toBe(2);
    expect((await snapshot(variantId)).targets).toMatchObject({ headline: "وفّر اليوم {percent} يا {firstName}", cta: "تسوّق الآن" });
  });

  it("refuses missing and extra placeholders, locked edits and unknown units, by unit id", async () => {
    const variantId = fixture.variants.DE!.id;
    const doc = parsed((await exportVariantXliff(de, { variantId, version: "2.0" })).body);
    const [headline, body, legal, cta] = doc.files[0]!.units;
    headline!.target = ["Sparen ohne Platzhalter"];
    body!.target = [...body!.source, { kind: "ph", id: "injected", equiv: "{evil}", attrs: {} }];
    legal!.target = ["Es gelten andere Bedingungen."];
    cta!.id = "nope.v1";
    cta!.target = ["Los"];
    const problems = await expectRefused(de, variantId, writeXliff(doc, "2.0"), "PLACEHOLDER_MISSING");
    const byUnit = Object.fromEntries(problems.map((p) => [p.unitId, p.code]));
    expect(byUnit[headline!.id]).toBe("PLACEHOLDER_MISSING");
    expect(byUnit[body!.id]).toBe("PLACEHOLDER_EXTRA");
    expect(byUnit[legal!.id]).toBe("UNIT_LOCKED");
    expect(byUnit["nope.v1"]).toBe("UNIT_UNKNOWN");
  });

  it("refuses a wrong target language, an outdated source, malformed, truncated, entity and oversized files", async () => {
    const variantId = fixture.variants.DE!.id;
    const body = (await exportVariantXliff(de, { variantId, version: "2.0" })).body;
    await expectRefused(de, variantId, body.replace(`trgLang="de-DE"`, `trgLang="fr-FR"`), "XLIFF_WRONG_LANGUAGE");
    await expectRefused(de, variantId, body.replace("<xliff", "<xliff <<"), "XML_MALFORMED");
    await expectRefused(de, variantId, body.slice(0, Math.floor(body.length / 2)), "XML_MALFORMED");
    const entity = body.replace(`<?xml version="1.0" encoding="UTF-8"?>`, `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`);
    const entityProblems = await importVariantXliff(de, { variantId, file: entity }).catch((e: { details: { problems: Array<{ code: string }> } }) => e.details.problems);
    expect(Array.isArray(entityProblems) && entityProblems.length > 0).toBe(true);
    await expectRefused(de, variantId, Buffer.alloc(21 * 1024 * 1024, 32), "XML_TOO_LARGE");

    const db = await getDb();
    const headline = fixture.blocks.find((b) => b.key === "headline")!;
    await db.block.update({ where: { id: headline.id }, data: { sourceVersion: 2, sourceText: "Save {percent} now, {firstName}" } });
    const doc = parsed(body);
    const unit = doc.files[0]!.units[0]!;
    unit.target = translate(unit.source, ["Jetzt ", " sparen, "]);
    await expectRefused(de, variantId, writeXliff(doc, "2.0"), "UNIT_SOURCE_OUTDATED");
    await db.block.update({ where: { id: headline.id }, data: { sourceVersion: 1, sourceText: "Save {percent} today, {firstName}" } });
  });

  it("keeps the variant's text for blank targets (an empty 1.2 segment marker) and refuses partly translated units and files without units", async () => {
    const variantId = fixture.variants.DE!.id;
    const before = await snapshot(variantId);
    const body = (await exportVariantXliff(de, { variantId, version: "1.2" })).body;
    const doc = parsed(body);
    const body1 = doc.files[0]!.units[1]!;
    body1.target = [{ kind: "mrk", attrs: { mtype: "seg", mid: "1" }, content: [] }];
    const report = await importVariantXliff(de, { variantId, file: writeXliff(doc, "1.2") });
    expect(report).toMatchObject({ updated: 0 });
    expect((await snapshot(variantId)).targets).toEqual(before.targets);

    // A vendor's tool split the unit into two segments and translated only the first.
    const unitId = doc.files[0]!.units[1]!.id;
    const partly = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de-DE"><file id="f">
      <unit id="${unitId}"><segment><source>First sentence.</source><target>Erster Satz.</target></segment><segment><source>Second sentence.</source></segment></unit>
    </file></xliff>`;
    const problems = await expectRefused(de, variantId, partly, "UNIT_PARTLY_TRANSLATED");
    expect(problems.find((p) => p.code === "UNIT_PARTLY_TRANSLATED")?.unitId).toBe(unitId);
    // A valid file without units is answered with a report saying so, not refused (issue 16).
    const empty = await importVariantXliff(de, { variantId, file: body.replace(/<trans-unit[\s\S]*<\/trans-unit>/, "") });
    expect(empty).toMatchObject({ units: 0, updated: 0, notice: { code: "XLIFF_NO_UNITS" } });
  });

  it("another market's variant is not found; read-only viewers cannot import", async () => {
    const variantId = fixture.variants.SA!.id;
    await expect(exportVariantXliff(de, { variantId, version: "2.0" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importVariantXliff(de, { variantId, file: "<xliff/>" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const viewer = await createExchangeActor(await getDb(), "viewer", []);
    const file = await exportVariantXliff(viewer, { variantId, version: "2.0" });
    await expect(importVariantXliff(viewer, { variantId, file: file.body })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
