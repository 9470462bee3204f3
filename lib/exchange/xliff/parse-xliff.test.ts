import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseXliff } from "./parse-xliff";
import type { InlineCode, XliffDocument } from "./xliff.types";

const DIR = path.resolve(process.cwd(), "../shared/fixtures/xliff");
const ALL = fs.readdirSync(DIR, { recursive: true }).map(String).filter((f) => /\.(xliff|xlf)$/.test(f));
// Files that break the XLIFF 2 core are refused: the OASIS suite's invalid files, and locize's 2.0
// files listed in parse-xliff.locize.test.ts (which checks each refusal).
const BREAKS_CORE = /^oasis-2\.1-core\/invalid\/|^locize\/(example|example_compact|example_output_note|example_comments|inline-elements\/example_(generic|native)-span-start-end)\.xliff$/;
const VALID = ALL.filter((f) => !BREAKS_CORE.test(f));

function parseFixture(rel: string): XliffDocument {
  const r = parseXliff(fs.readFileSync(path.join(DIR, rel)));
  if (!r.ok) throw new Error(`${rel}: ${JSON.stringify(r.problems)}`);
  return r.doc;
}

function codes(r: ReturnType<typeof parseXliff>): string[] {
  return r.ok ? [] : r.problems.map((p) => p.code);
}

describe("parseXliff on the shared fixtures", () => {
  it("finds the fixtures", () => {
    expect(ALL.length).toBeGreaterThan(100);
  });

  it.each(VALID)("accepts %s", (rel) => {
    const doc = parseFixture(rel);
    expect(["1.2", "2.0", "2.1", "2.2"]).toContain(doc.version);
  });

  it("joins segments and ignorables, honouring target order", () => {
    const doc = parseFixture("oasis-2.2-valid/core/everything-core.xlf");
    const tu1 = doc.files[0].units.find((u) => u.id === "tu1")!;
    expect(tu1.source).toEqual(["Sample segment. Segment's content."]);
    // segment 1's target has order="3", segment 2's order="1": the translation is reordered.
    expect(tu1.target).toEqual(["Contenu du segment. Exemple de segment."]);
    expect(tu1.name).toBe("unit1");
    // one segment is "translated", the other has no state (= initial): the unit is initial.
    expect(tu1.state).toBe("initial");
    expect(doc.files[0].notes).toEqual(["Text of note1"]);
  });

  it("resolves originalData for pc and ph and keeps group ids and paths", () => {
    const doc = parseFixture("oasis-2.2-valid/core/everything-core.xlf");
    const tu2 = doc.files[0].units.find((u) => u.id === "tu2")!;
    expect(tu2.groups).toEqual(["g1"]);
    expect(tu2.path).toBe("/xliff/file[1]/group[1]/unit[3]");
    const [pc, text, ph, dot] = tu2.source as [InlineCode, string, InlineCode, string];
    expect(pc).toMatchObject({ kind: "pc", id: "1", originalData: "[b [#$tu3]   ]", originalDataEnd: "[/b [#t3end]   ]", content: ["special text"] });
    expect(text).toBe(" and more\n");
    expect(ph).toMatchObject({ kind: "ph", id: "2", dataRef: "d3", originalData: "[rtl-data   ]" });
    expect(dot).toBe(".");
  });

  it("inherits translate=no from the file but lets a unit override it", () => {
    const doc = parseFixture("oasis-2.2-valid/core/everything-core.xlf");
    expect(doc.files[0].units.every((u) => u.translate)).toBe(true); // all override with yes
    const noTranslate = parseXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f" translate="no"><unit id="a"><segment><source>A</source></segment></unit><unit id="b" translate="yes"><segment><source>B</source></segment></unit></file></xliff>`,
    );
    expect(noTranslate.ok && noTranslate.doc.files[0].units.map((u) => u.translate)).toEqual([false, true]);
  });

  it("turns <cp> into the character and keeps sm/em/mrk markers in order", () => {
    const doc = parseFixture("oasis-2.2-valid/core/allExtensions.xlf");
    const src = doc.files[0].units.flatMap((u) => u.source);
    expect(src.some((p) => typeof p === "string" && p.includes("\u0001"))).toBe(true);
    const kinds = src.filter((p): p is InlineCode => typeof p !== "string").map((p) => p.kind);
    expect(kinds.indexOf("sm")).toBeLessThan(kinds.indexOf("em"));
    expect(kinds).toContain("mrk");
  });

  it("reads unit notes and slr:sizeRestriction", () => {
    const doc = parseFixture("oasis-2.2-valid/core/withNotes.xlf");
    expect(doc.files[0].units[0].notes).toEqual(["note for unit", "note for segment s1"]);
    const slr = parseFixture("locize/example_sizeRestriction.xliff");
    expect(slr.files[0].units.map((u) => u.maxLength)).toEqual([undefined, 60, undefined]);
  });

  it("reads 1.2 state, maxwidth in characters and translate", () => {
    const r = parseXliff(`<xliff version="1.2"><file original="f" source-language="en" target-language="ar"><body>
      <trans-unit id="a" maxwidth="20" size-unit="char" translate="no"><source>Hi</source><target state="signed-off">مرحبا</target></trans-unit>
      <trans-unit id="b" maxwidth="200"><source>Hi</source></trans-unit></body></file></xliff>`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const [a, b] = r.doc.files[0].units;
    expect(a).toMatchObject({ translate: false, state: "signed-off", maxLength: 20, target: ["مرحبا"], line: 2 });
    expect(b.maxLength).toBeUndefined(); // pixels by default
    expect(r.doc.trgLang).toBe("ar");
  });
});

describe("parseXliff refuses bad input", () => {
  const unit = `<unit id="u"><segment><source>Caf\u00e9</source></segment></unit>`;
  const xliff2 = (body: string) => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr"><file id="f">${body}</file></xliff>`;

  it("reports malformed and truncated XML with a line", () => {
    const truncated = xliff2(unit).slice(0, 90);
    const r = parseXliff(`<?xml version="1.0"?>\n${truncated}`);
    expect(codes(r)).toEqual(["XML_MALFORMED"]);
    if (!r.ok) expect(r.problems[0].line).toBeGreaterThanOrEqual(1);
    expect(codes(parseXliff(`<xliff><file></xliff>`))).toEqual(["XML_MALFORMED"]);
  });

  it("enforces the size limit", () => {
    expect(codes(parseXliff(xliff2(unit), { maxBytes: 50 }))).toEqual(["XML_TOO_LARGE"]);
  });

  it("refuses external and internal entity declarations", () => {
    const xxe = `<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>` + xliff2(`<unit id="u"><segment><source>&e;</source></segment></unit>`);
    expect(codes(parseXliff(xxe))).toEqual(["XML_EXTERNAL_ENTITY"]);
    const lol = `<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>` + xliff2(`<unit id="u"><segment><source>&b;</source></segment></unit>`);
    expect(codes(parseXliff(lol))).toEqual(["XML_DTD_FORBIDDEN", "XML_DTD_FORBIDDEN"]);
  });

  it("decodes ISO-8859-1 and UTF-16 files", () => {
    const latin1 = Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>`), iconv.encode(xliff2(unit), "latin1")]);
    const r1 = parseXliff(latin1);
    expect(r1.ok && r1.doc.files[0].units[0].source).toEqual(["Café"]);
    const utf16 = iconv.encode(`<?xml version="1.0" encoding="UTF-16"?>` + xliff2(unit), "utf-16le", { addBOM: true });
    const r2 = parseXliff(utf16);
    expect(r2.ok && r2.doc.files[0].units[0].source).toEqual(["Café"]);
  });

  it("refuses non-XLIFF roots, unknown versions, missing and duplicate ids", () => {
    expect(codes(parseXliff(`<tbx/>`))).toEqual(["XLIFF_NOT_XLIFF"]);
    expect(codes(parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:3.0" version="3.0"/>`))).toEqual(["XLIFF_UNSUPPORTED_VERSION"]);
    const r = parseXliff(xliff2(`${unit}\n${unit}<unit><segment><source>x</source></segment></unit>`));
    expect(codes(r)).toEqual(["XLIFF_MISSING_ID", "XLIFF_DUPLICATE_UNIT_ID"]);
    if (!r.ok) expect(r.problems[1].path).toBe("/xliff/file[1]/unit[2]");
  });

  it("refuses a document whose <file> elements are in another namespace; reads the 1.1 namespace and 2.1's version", () => {
    expect(codes(parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file xmlns="" original="x" source-language="en" datatype="plaintext"><body/></file></xliff>`))).toEqual(["XLIFF_NO_FILES"]);
    const v11 = parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"><file original="x" source-language="en" target-language="de" datatype="plaintext"><body><trans-unit id="t"><source>Hi</source><target>Hallo</target></trans-unit></body></file></xliff>`);
    expect(v11.ok && v11.doc.files[0].units[0].target).toEqual(["Hallo"]);
    const v21 = parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>`);
    expect(v21.ok && v21.doc.version).toBe("2.1");
  });

  it("counts the untranslated segments of a partly translated unit (2.0 segments, 1.2 seg-source markers)", () => {
    const v2 = parseXliff(xliff2(`<unit id="u"><segment><source>Save today.</source><target>Heute sparen.</target></segment><ignorable><source> </source></ignorable><segment><source>Offer ends Sunday.</source></segment></unit>
      <unit id="whole"><segment><source>A.</source><target>B.</target></segment><segment><source>C.</source><target>D.</target></segment></unit>`).replace('srcLang="fr"', 'srcLang="fr" trgLang="de"'));
    expect(v2.ok && v2.doc.files[0].units.map((u) => [u.target, u.untranslatedSegments])).toEqual([
      [["Heute sparen. "], 1],
      [["B.D."], undefined],
    ]);
    const seg = (target: string) =>
      parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="en" target-language="de" datatype="plaintext"><body>
        <trans-unit id="t"><source>Save today. Offer ends Sunday.</source><seg-source><mrk mtype="seg" mid="1">Save today.</mrk> <mrk mtype="seg" mid="2">Offer ends Sunday.</mrk></seg-source>
        <target>${target}</target></trans-unit></body></file></xliff>`);
    const partly = seg(`<mrk mtype="seg" mid="1">Heute sparen.</mrk> <mrk mtype="seg" mid="2"/>`);
    expect(partly.ok && partly.doc.files[0].units[0].untranslatedSegments).toBe(1);
    const none = seg(`<mrk mtype="seg" mid="1"/> <mrk mtype="seg" mid="2"/>`);
    expect(none.ok && none.doc.files[0].units[0].untranslatedSegments).toBeUndefined();
    const all = seg(`<mrk mtype="seg" mid="1">Heute sparen.</mrk> <mrk mtype="seg" mid="2">Angebot bis Sonntag.</mrk>`);
    expect(all.ok && all.doc.files[0].units[0].untranslatedSegments).toBeUndefined();
    // A tool that ignores seg-source writes an unsegmented target: the whole translation.
    const unsegmented = seg(`Heute sparen. Angebot bis Sonntag.`);
    expect(unsegmented.ok && unsegmented.doc.files[0].units[0].untranslatedSegments).toBeUndefined();
  });

  it("refuses data references that do not resolve (XLIFF 2 core), naming the rule and the unit", () => {
    const r = parseXliff(xliff2(`<unit id="u"><segment><source>a<ph id="1" dataRef="nope"/></source></segment></unit>`));
    expect(r.ok ? [] : r.problems.map((p) => [p.rule, p.message])).toEqual([["xliff2:inline.dataRef", 'Unit "u": dataRef="nope" on <ph>, but the unit has no <originalData>.']]);
  });

  it("reads units in nested groups, in document order, with groups and translate inherited; refuses units out of place", () => {
    const v2 = parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
      <file id="f" translate="no">
        <unit id="a"><segment><source>A</source></segment></unit>
        <group id="g1" translate="yes"><group id="g2"><unit id="b"><segment><source>B</source></segment></unit></group>
          <unit id="c" translate="no"><segment><source>C</source></segment></unit></group>
        <unit id="d" translate="yes"><segment><source>D</source></segment></unit>
      </file>
      <file id="f2"><unit id="e"><segment><source>E</source></segment></unit></file>
    </xliff>`);
    const misplaced = parseXliff(
      xliff2(`<unit id="a"><segment><source>A</source></segment></unit><notes><unit id="misplaced"><segment><source>X</source></segment></unit></notes>`),
    );
    expect(misplaced.ok ? [] : misplaced.problems.map((p) => p.rule)).toEqual(expect.arrayContaining(["xliff2:unit.placement", "xliff2:notes.order"]));
    if (!v2.ok) throw new Error(JSON.stringify(v2.problems));
    expect(v2.doc.files.map((f) => f.units.map((u) => [u.id, u.groups.join("/"), u.translate]))).toEqual([
      [["a", "", false], ["b", "g1/g2", true], ["c", "g1", false], ["d", "", true]],
      [["e", "", true]],
    ]);
    expect(v2.doc.files[0]!.units[1]!.path).toBe("/xliff/file[1]/group[1]/group[1]/unit[1]");

    const v12 = parseXliff(`<xliff version="1.2"><file original="o" source-language="en" datatype="plaintext"><body>
      <trans-unit id="a"><source>A</source></trans-unit>
      <group id="g1" translate="no"><group id="g2"><trans-unit id="b"><source>B</source></trans-unit></group>
        <trans-unit id="c" translate="yes"><source>C</source></trans-unit></group>
      <trans-unit id="d"><source>D</source></trans-unit>
    </body><header><trans-unit id="misplaced"><source>X</source></trans-unit></header></file></xliff>`);
    if (!v12.ok) throw new Error(JSON.stringify(v12.problems));
    expect(v12.doc.files[0]!.units.map((u) => [u.id, u.groups.join("/"), u.translate])).toEqual([
      ["a", "", true], ["b", "g1/g2", false], ["c", "g1", true], ["d", "", true],
    ]);
  });
});

describe("parseXliff: what is not imported is reported", () => {
  it("reports an XLIFF 1.2 <bin-unit> with its id, type and line instead of skipping it silently", () => {
    const r = parseXliff(`<xliff version="1.2"><file original="o" source-language="en" datatype="plaintext"><body>
      <trans-unit id="t"><source>Text</source></trans-unit>
      <bin-unit id="logo" mime-type="image/png"><bin-source><internal-file form="base64">AAAA</internal-file></bin-source><bin-target><internal-file form="base64">BBBB</internal-file></bin-target></bin-unit>
    </body></file></xliff>`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.doc.files[0].units.map((u) => u.id)).toEqual(["t"]);
    expect(r.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ["XLIFF_BIN_UNIT_SKIPPED", 3, 'Binary unit "logo" (image/png, with a translated binary) was not imported: Meridian imports text units only.'],
    ]);
  });
});

describe("parseXliff: XLIFF 1.2 value lists", () => {
  it("refuses a state outside the 1.2 list (x- values allowed) and translate other than yes/no, naming the rule and the unit", () => {
    const file = (attrs: string, state: string) =>
      `<xliff version="1.2"><file original="o" source-language="en" target-language="de" datatype="plaintext"><body><trans-unit id="t" ${attrs}><source>A</source><target state="${state}">B</target></trans-unit></body></file></xliff>`;
    expect(parseXliff(file("", "translated")).ok).toBe(true);
    expect(parseXliff(file("", "x-reviewed-by-legal")).ok).toBe(true);
    const bad = parseXliff(file('translate="false"', "done"));
    expect(bad.ok ? [] : bad.problems.map((p) => [p.rule, p.line])).toEqual([
      ["xliff12:trans-unit.translate", 1],
      ["xliff12:target.state", 1],
    ]);
  });
});
