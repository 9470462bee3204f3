import { describe, expect, it } from "vitest";
import { icuToInline } from "./icu-to-inline";
import { inlineToIcu } from "./inline-to-icu";
import { parseXliff } from "./parse-xliff";
import { writeXliff } from "./write-xliff";
import type { XliffDocument, XliffUnit } from "./xliff.types";

type Row = { id: string; source: string; target?: string; state?: string; notes?: string[]; maxLength?: number; translate?: boolean; groups?: string[] };

const PLURAL = "{count, plural, one {# item} other {# items}}";
const ROWS: Row[] = [
  { id: "greeting", source: "Hello {firstName}!", target: "مرحبا {firstName}!", notes: ["Shown on the banner", "Keep it short"], maxLength: 40 },
  { id: "cart.count", source: `You have ${PLURAL} in your cart`, target: `لديك ${PLURAL} في سلتك` },
  { id: "brand", source: "Meridian™ & Co <b>", translate: false, notes: ["Locked brand line"] },
  { id: "quote", source: "It''s '{literal}' & {x}", target: "C''est '{literal}' {x}", groups: ["legal", "terms"] },
  { id: "twice", source: "{a} and {a} again", target: "{a} و {a}", groups: ["legal"] },
];

function buildDoc(version: "1.2" | "2.0", states: string[]): XliffDocument {
  const units: XliffUnit[] = ROWS.map((r, i) => ({
    id: r.id,
    translate: r.translate ?? true,
    notes: r.notes ?? [],
    source: icuToInline(r.source),
    ...(r.target !== undefined ? { target: icuToInline(r.target), state: states[i % states.length] } : {}),
    ...(r.maxLength !== undefined ? { maxLength: r.maxLength } : {}),
    groups: r.groups ?? [],
    line: 0,
    column: 0,
    path: "",
  }));
  return { version, srcLang: "en-US", trgLang: "ar", files: [{ id: "campaign-42", notes: ["Spring launch"], units }] };
}

describe.each([
  ["1.2", ["needs-translation", "translated", "final", "signed-off"]],
  ["2.0", ["initial", "translated", "reviewed", "final"]],
] as const)("writeXliff %s round trip", (version, states) => {
  const doc = buildDoc(version, [...states]);
  const xml = writeXliff(doc, version);
  const parsed = parseXliff(xml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const units = parsed.doc.files[0].units;

  it("keeps languages, file id and notes", () => {
    expect(parsed.doc.version).toBe(version);
    expect(parsed.doc.srcLang).toBe("en-US");
    expect(parsed.doc.trgLang).toBe("ar");
    expect(parsed.doc.files[0].id).toBe("campaign-42");
    expect(parsed.doc.files[0].notes).toEqual(["Spring launch"]);
    expect(parsed.warnings).toEqual([]);
  });

  it("restores the exact ICU text, Arabic and plural included", () => {
    ROWS.forEach((row, i) => {
      const unit = units[i];
      expect(unit.id).toBe(row.id);
      expect(inlineToIcu(unit.source)).toEqual({ ok: true, text: row.source });
      if (row.target === undefined) expect(unit.target).toBeUndefined();
      else expect(inlineToIcu(unit.target!, { reference: unit.source })).toEqual({ ok: true, text: row.target });
    });
  });

  it("writes placeholders as protected codes, not text", () => {
    if (version === "1.2") expect(xml).toContain(`<x id="firstName" equiv-text="{firstName}"/>`);
    else {
      expect(xml).toMatch(/<ph id="firstName" dataRef="d1" equiv="\{firstName\}" disp="\{firstName\}"\/>/);
      expect(xml).toContain(`<data id="d1">{firstName}</data>`);
    }
    const texts = units[1].source.filter((p) => typeof p === "string");
    expect(texts).toEqual(["You have ", " in your cart"]);
  });

  it("keeps notes, states, maxLength, translate flags and groups", () => {
    expect(units.map((u) => u.notes)).toEqual(ROWS.map((r) => r.notes ?? []));
    expect(units.map((u) => u.maxLength)).toEqual(ROWS.map((r) => r.maxLength));
    expect(units.map((u) => u.translate)).toEqual(ROWS.map((r) => r.translate ?? true));
    expect(units.map((u) => u.groups)).toEqual(ROWS.map((r) => r.groups ?? []));
    expect(units.map((u) => u.state)).toEqual(doc.files[0].units.map((u) => u.state));
  });
});

describe("writeXliff across versions", () => {
  it("maps states between vocabularies", () => {
    const doc = buildDoc("1.2", ["signed-off"]);
    const parsed = parseXliff(writeXliff(doc, "2.0"));
    expect(parsed.ok && parsed.doc.files[0].units[0].state).toBe("reviewed");
    const back = parseXliff(writeXliff(parsed.ok ? parsed.doc : doc, "1.2"));
    expect(back.ok && back.doc.files[0].units[0].state).toBe("signed-off");
  });

  it("escapes markup and keeps characters XML 1.0 cannot carry as <cp> in 2.0", () => {
    const doc = buildDoc("2.0", ["initial"]);
    doc.files[0].units[0].source = ["a\u0003b <c> & d"];
    const xml = writeXliff(doc, "2.0");
    expect(xml).toContain(`a<cp hex="0003"/>b &lt;c&gt; &amp; d`);
    const parsed = parseXliff(xml);
    expect(parsed.ok && parsed.doc.files[0].units[0].source).toEqual(["a\u0003b <c> & d"]);
  });

  it.each(["1.2", "2.0"] as const)("marks units whose whitespace a tool could fold xml:space=\"preserve\" and reads it back as written (%s)", (version) => {
    const doc = buildDoc("2.0", ["initial"]);
    const units = doc.files[0].units;
    units[0].source = ["  Two leading spaces,\nA line break and a\ttab  "];
    units[1].source = ["Plain text"];
    units[1].target = ["Schlichter  Text"];
    const xml = writeXliff(doc, version);
    const opening = (id: string) => new RegExp(`<(?:unit|trans-unit) id="${id.replace(".", "\\.")}"[^>]*>`).exec(xml)![0];
    expect(opening("greeting")).toContain(`xml:space="preserve"`);
    expect(opening("cart.count")).toContain(`xml:space="preserve"`);
    expect(opening("brand")).not.toContain("xml:space");
    const parsed = parseXliff(xml);
    expect(parsed.ok && parsed.doc.files[0].units[0].source).toEqual(["  Two leading spaces,\nA line break and a\ttab  "]);
    expect(parsed.ok && parsed.doc.files[0].units[1].target).toEqual(["Schlichter  Text"]);
  });
});

describe("icuToInline / inlineToIcu", () => {
  it("makes each top-level argument one placeholder", () => {
    const parts = icuToInline(`Hi {name}, ${PLURAL}`);
    expect(parts.map((p) => (typeof p === "string" ? p : p.id))).toEqual(["Hi ", "name", ", ", "count"]);
  });

  it("keeps quoted braces as text", () => {
    expect(icuToInline("'{not an arg}' {x}").map((p) => (typeof p === "string" ? p : `#${p.id}`))).toEqual(["'{not an arg}' ", "#x"]);
  });

  it("reports unknown and missing codes and broken ICU", () => {
    const source = icuToInline("Hi {name} and {other}");
    const target = ["Salut ", { kind: "ph" as const, id: "bogus", attrs: {} }];
    const r = inlineToIcu(target, { reference: source });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(["ICU_UNKNOWN_CODE", "ICU_MISSING_CODE", "ICU_MISSING_CODE"]);
    const broken = inlineToIcu(["Salut { ", ...icuToInline("{name}")]);
    expect(!broken.ok && broken.problems.map((p) => p.code)).toEqual(["ICU_SYNTAX_ERROR"]);
  });

  it("does not let an edited equiv in the target inject ICU", () => {
    const source = icuToInline("Hi {name}");
    const target = ["Salut ", { kind: "x" as const, id: "name", equiv: "{evil, select, other {x}}", attrs: {} }];
    expect(inlineToIcu(target, { reference: source })).toEqual({ ok: true, text: "Salut {name}" });
  });
});
