/**
 * Checks our reading of the locize/xliff fixtures against the JSON that locize's own
 * parser produces for them. The helper below converts our neutral model into locize's
 * JSON shape, applying locize's documented text rules (it drops whitespace-only text
 * nodes and cuts a trailing "\n   " indentation tail off each text node), so the
 * comparison covers text, inline element types, attributes, nested contents, notes,
 * groups and selected unit attributes.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXliff } from "./parse-xliff";
import type { Inline, InlineKind, XliffDocument } from "./xliff.types";

const DIR = path.resolve(process.cwd(), "../shared/fixtures/xliff/locize");

type Pair = { xliff: string; json: string; namespace?: string; genericIsNative?: boolean };

const PAIRS: Pair[] = [
  ...["example.xliff", "example12.xliff", "example_source_attr12.xliff", "example_compact.xliff", "example_compact12.xliff"].map(
    (xliff) => ({ xliff, json: "example.json" }),
  ),
  { xliff: "example_output_note.xliff", json: "example_output_note.json" },
  { xliff: "example12_output_note.xliff", json: "example_output_note.json" },
  { xliff: "example_diff.xliff", json: "example_diff.json" },
  { xliff: "example12_diff.xliff", json: "example_diff.json" },
  { xliff: "example_multi.xliff", json: "example_multi.json" },
  { xliff: "example_multi12.xliff", json: "example_multi.json" },
  { xliff: "example_note.xliff", json: "example_note.json" },
  { xliff: "example_note12.xliff", json: "example_note.json" },
  { xliff: "example_additional_attributes.xliff", json: "example_additional_attributes.json" },
  { xliff: "example_additional_attributes12.xliff", json: "example_additional_attributes.json" },
  { xliff: "example_angular.xliff", json: "example_angular.json", namespace: "example_angular" },
  { xliff: "example_angular12.xliff", json: "example_angular.json", namespace: "example_angular" },
  { xliff: "example_google_action.xliff", json: "example_google_action.json" },
  { xliff: "example_groups.xliff", json: "example_groups.json" },
  { xliff: "example_groups12.xliff", json: "example_groups.json" },
  { xliff: "example_cdata.xliff", json: "example_cdata.json" },
  { xliff: "example_cdata12.xliff", json: "example_cdata.json" },
  { xliff: "example_comments.xliff", json: "example_comments.json" },
  { xliff: "example_ignorable.xliff", json: "example_ignorable.json" },
  { xliff: "example_sizeRestriction.xliff", json: "example_sizeRestriction.json" },
  ...inline(["example_standalone.xliff", "example_standalone12.xliff"], "example_standalone.json"),
  ...inline(["example_standalone_only.xliff", "example_standalone_only12.xliff"], "example_standalone_only.json"),
  ...inline(["example_generic-span12.xliff"], "example_generic-span.json"),
  ...inline(["example_generic-span-start-end12.xliff"], "example_generic-span-start-end.json"),
  // XLIFF 2 has no generic span: pc/sc/ec stand for both, so compare generic ≡ native.
  ...inline(["example_generic-span.xliff"], "example_generic-span.json", true),
  ...inline(["example_generic-span-start-end.xliff"], "example_generic-span-start-end.json", true),
  ...inline(["example_native-span.xliff", "example_native-span12.xliff"], "example_native-span.json"),
  ...inline(["example_native-span-start-end.xliff", "example_native-span-start-end12.xliff"], "example_native-span-start-end.json"),
  ...inline(["example_i18next_native-span12.xliff"], "example_i18next_native-span.json"),
  ...inline(["example_i18next_unstructured_native-span12.xliff"], "example_i18next_unstructured_native-span.json"),
  ...inline(["example_marker12.xliff"], "example_marker.json"),
  ...inline(["example_angular.xliff", "example_angular12.xliff", "example_angular12_ident.xliff"], "example_angular.json"),
];

/** Locize files whose JSON describes a different direction (writing), with the reason. */
const NOT_COMPARED: Record<string, string> = {
  "inline-elements/example_invalid-segment.xliff": "JSON holds an invalid input object that locize writes as a comment",
  "inline-elements/example_invalid-segment12.xliff": "same",
  "example_empty12.xliff": "no files; checked separately",
};

/**
 * Locize's XLIFF 2.0 files that break the XLIFF 2 core, which the reader refuses (issue 16): ids
 * that are not NMTOKENs, a segment without a source, an <sc>/<ec> pair written with two ids.
 * Their XLIFF 1.2 twins carry the same content and are compared above.
 */
const REFUSED: Record<string, string> = {
  "example.xliff": "xliff2:unit.id",
  "example_compact.xliff": "xliff2:unit.id",
  "example_output_note.xliff": "xliff2:unit.id",
  "example_comments.xliff": "xliff2:segment.source",
  "inline-elements/example_generic-span-start-end.xliff": "xliff2:ec.startRef",
  "inline-elements/example_native-span-start-end.xliff": "xliff2:ec.startRef",
};

function inline(files: string[], json: string, genericIsNative = false): Pair[] {
  return files.map((f) => ({ xliff: `inline-elements/${f}`, json: `inline-elements/${json}`, genericIsNative }));
}

const TYPES_12: Partial<Record<InlineKind, string>> = {
  x: "Standalone", g: "GenericSpan", bx: "GenericSpanStart", ex: "GenericSpanEnd",
  ph12: "Span", bpt: "SpanStart", ept: "SpanEnd", mrk: "Marker",
};
const TYPES_2: Partial<Record<InlineKind, string>> = { ph: "Standalone", pc: "Span", sc: "SpanStart", ec: "SpanEnd" };
const GENERIC_AS_NATIVE: Record<string, string> = { GenericSpan: "Span", GenericSpanStart: "SpanStart", GenericSpanEnd: "SpanEnd" };

/** locize's per-text-node rule: cut an indentation tail that starts at the last newline. */
function locizeText(text: string): string {
  return /\n\s*$/.test(text) ? text.slice(0, text.lastIndexOf("\n")) : text;
}

function toLocizeValue(inlines: Inline[], types: Partial<Record<InlineKind, string>>): unknown {
  const items = inlines
    .filter((p) => typeof p !== "string" || p.trim() !== "")
    .map((p) => {
      if (typeof p === "string") return locizeText(p);
      const type = types[p.kind];
      if (!type) return "";
      const data: Record<string, unknown> = { ...p.attrs };
      if (p.content) data.contents = toLocizeValue(p.content, types);
      return { [type]: data };
    });
  if (items.length === 0) return "";
  return items.length === 1 ? items[0] : items;
}

type FlatUnit = { source: unknown; target?: unknown; note?: unknown; translate: boolean; resname?: string; sizeRestriction?: number };

function flattenModel(doc: XliffDocument, namespace?: string): Record<string, FlatUnit> {
  const types = doc.version === "1.2" ? TYPES_12 : TYPES_2;
  const out: Record<string, FlatUnit> = {};
  for (const file of doc.files) {
    for (const u of file.units) {
      const key = [namespace ?? file.id, ...u.groups, u.id].join(" › ");
      const flat: FlatUnit = { source: toLocizeValue(u.source, types), translate: u.translate };
      if (u.target) flat.target = toLocizeValue(u.target, types);
      if (u.notes.length) flat.note = u.notes.length === 1 ? u.notes[0] : u.notes;
      if (u.resname ?? u.name) flat.resname = u.resname ?? u.name;
      if (u.maxLength !== undefined) flat.sizeRestriction = u.maxLength;
      out[key] = flat;
    }
  }
  return out;
}

type LocizeUnit = { source?: unknown; target?: unknown; note?: unknown; groupUnits?: Record<string, LocizeUnit>; additionalAttributes?: Record<string, unknown> };

function flattenLocize(resources: Record<string, Record<string, LocizeUnit>>, genericIsNative: boolean): Record<string, FlatUnit> {
  const out: Record<string, FlatUnit> = {};
  const walk = (prefix: string[], units: Record<string, LocizeUnit>) => {
    for (const [id, u] of Object.entries(units)) {
      if (u.groupUnits) {
        walk([...prefix, id], u.groupUnits);
        continue;
      }
      const attrs = u.additionalAttributes ?? {};
      const fix = (v: unknown) => normalizeAttrs(genericIsNative ? renameTypes(v) : v);
      // A unit with no <source> element reads as empty source in our model.
      const flat: FlatUnit = { source: fix(u.source ?? ""), translate: attrs.translate !== "no" };
      if (u.target !== undefined) flat.target = fix(u.target);
      if (u.note !== undefined) flat.note = u.note;
      if (typeof attrs.resname === "string") flat.resname = attrs.resname;
      if (typeof attrs.sizeRestriction === "number") flat.sizeRestriction = attrs.sizeRestriction;
      out[[...prefix, id].join(" › ")] = flat;
    }
  };
  for (const [ns, units] of Object.entries(resources)) walk([ns], units);
  return out;
}

/**
 * XML 1.0 §3.3.3 turns a literal newline or tab inside an attribute value into a space;
 * locize's xml-js skips that step (see the angular `equiv-text`), our parser does not.
 */
function normalizeAttrs(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalizeAttrs);
  if (v && typeof v === "object") {
    const [[type, data]] = Object.entries(v as Record<string, Record<string, unknown>>);
    const copy: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(data)) {
      copy[k] = k === "contents" ? normalizeAttrs(val) : typeof val === "string" ? val.replace(/[\n\r\t]/g, " ") : val;
    }
    return { [type]: copy };
  }
  return v;
}

function renameTypes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(renameTypes);
  if (v && typeof v === "object") {
    const [[type, data]] = Object.entries(v as Record<string, Record<string, unknown>>);
    const copy = { ...data };
    if ("contents" in copy) copy.contents = renameTypes(copy.contents);
    return { [GENERIC_AS_NATIVE[type] ?? type]: copy };
  }
  return v;
}

describe("parseXliff agrees with locize's JSON", () => {
  it.each(PAIRS.filter((p) => !(p.xliff in REFUSED)))("$xliff ≡ $json", ({ xliff, json, namespace, genericIsNative }) => {
    const result = parseXliff(fs.readFileSync(path.join(DIR, xliff)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, json), "utf8"));
    expect(result.doc.srcLang).toBe(expected.sourceLanguage);
    expect(result.doc.trgLang).toBe(expected.targetLanguage);
    const want = flattenLocize(expected.resources, genericIsNative ?? false);
    expect(Object.keys(want).length).toBeGreaterThan(0);
    expect(flattenModel(result.doc, namespace)).toEqual(want);
  });

  it("covers every locize XLIFF fixture", () => {
    const all = fs.readdirSync(DIR, { recursive: true }).map(String).filter((f) => f.endsWith(".xliff"));
    const covered = new Set([...PAIRS.filter((p) => !(p.xliff in REFUSED)).map((p) => p.xliff), ...Object.keys(NOT_COMPARED), ...Object.keys(REFUSED)]);
    expect(all.filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(Object.entries(REFUSED))("refuses %s, naming the broken rule %s and its line", (file, rule) => {
    const result = parseXliff(fs.readFileSync(path.join(DIR, file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "XLIFF_INVALID", rule, line: expect.any(Number) }));
  });

  it("reads an XLIFF 1.2 document without files as empty", () => {
    const result = parseXliff(fs.readFileSync(path.join(DIR, "example_empty12.xliff")));
    expect(result.ok && result.doc.files).toEqual([]);
  });

  it("keeps the comment-separated text of the invalid-segment files", () => {
    const result = parseXliff(fs.readFileSync(path.join(DIR, "inline-elements/example_invalid-segment12.xliff")));
    if (!result.ok) throw new Error("parse failed");
    expect(result.doc.files[0].units[0].target).toEqual(["Hallo \n          \n        "]);
  });
});
