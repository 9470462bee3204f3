import { mapXliffState } from "./map-xliff-state";
import { SLR_NS } from "./parse-xliff2-files";
import { attrs, escapeText, OriginalDataCollector, writeInline12, writeInline2 } from "./write-xliff-inline";
import type { Inline, XliffDocument, XliffFile, XliffUnit } from "./xliff.types";

/**
 * Serialises the neutral model as XLIFF 1.2 or 2.0. Units are written in order and
 * their group chains are re-created; states are converted between the 1.2 and 2.x
 * vocabularies when the document's version differs from the requested one.
 */
export function writeXliff(doc: XliffDocument, version: "1.2" | "2.0"): string {
  return version === "1.2" ? write12(doc) : write2(doc);
}

function write12(doc: XliffDocument): string {
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">`];
  for (const file of doc.files) {
    const fileAttrs = attrs({
      original: file.original ?? file.id,
      "source-language": file.srcLang ?? doc.srcLang,
      "target-language": file.trgLang ?? doc.trgLang,
      datatype: "plaintext",
    });
    lines.push(`  <file${fileAttrs}>`);
    if (file.notes.length) {
      lines.push(`    <header>`);
      for (const note of file.notes) lines.push(`      <note>${escapeText(note, "1.2")}</note>`);
      lines.push(`    </header>`);
    }
    lines.push(`    <body>`);
    writeUnits(file, lines, 3, (unit, indent) => writeUnit12(doc, unit, indent));
    lines.push(`    </body>`, `  </file>`);
  }
  lines.push(`</xliff>`, "");
  return lines.join("\n");
}

function writeUnit12(doc: XliffDocument, unit: XliffUnit, pad: string): string[] {
  const state = mapXliffState(unit.state, doc.version, "1.2");
  const out = [
    `${pad}<trans-unit${attrs({
      id: unit.id,
      resname: unit.resname ?? unit.name,
      translate: unit.translate ? undefined : "no",
      maxwidth: unit.maxLength !== undefined ? String(unit.maxLength) : undefined,
      "size-unit": unit.maxLength !== undefined ? "char" : undefined,
      "xml:space": keepsWhitespace(unit) ? "preserve" : undefined,
    })}>`,
    `${pad}  <source>${writeInline12(unit.source)}</source>`,
  ];
  if (unit.target) out.push(`${pad}  <target${attrs({ state })}>${writeInline12(unit.target)}</target>`);
  for (const note of unit.notes) out.push(`${pad}  <note>${escapeText(note, "1.2")}</note>`);
  out.push(`${pad}</trans-unit>`);
  return out;
}

function write2(doc: XliffDocument): string {
  const usesSlr = doc.files.some((f) => f.units.some((u) => u.maxLength !== undefined));
  const rootAttrs = attrs({
    xmlns: "urn:oasis:names:tc:xliff:document:2.0",
    "xmlns:slr": usesSlr ? SLR_NS : undefined,
    version: "2.0",
    srcLang: doc.srcLang,
    trgLang: doc.trgLang,
  });
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<xliff${rootAttrs}>`];
  for (const file of doc.files) {
    lines.push(`  <file${attrs({ id: file.id, original: file.original })}>`);
    // Size limits count characters (code points), the way Meridian counts them.
    if (file.units.some((u) => u.maxLength !== undefined)) lines.push(`    <slr:profiles generalProfile="xliff:codepoints"/>`);
    if (file.notes.length) {
      lines.push(`    <notes>`);
      for (const note of file.notes) lines.push(`      <note>${escapeText(note, "2.0")}</note>`);
      lines.push(`    </notes>`);
    }
    writeUnits(file, lines, 2, (unit, indent) => writeUnit2(doc, unit, indent));
    lines.push(`  </file>`);
  }
  lines.push(`</xliff>`, "");
  return lines.join("\n");
}

function writeUnit2(doc: XliffDocument, unit: XliffUnit, pad: string): string[] {
  const state = mapXliffState(unit.state, doc.version, "2.0");
  const data = new OriginalDataCollector();
  const source = writeInline2(unit.source, data);
  const target = unit.target ? writeInline2(unit.target, data) : undefined;
  const out = [
    `${pad}<unit${attrs({
      id: unit.id,
      name: unit.name ?? unit.resname,
      translate: unit.translate ? undefined : "no",
      "slr:sizeRestriction": unit.maxLength !== undefined ? String(unit.maxLength) : undefined,
      "xml:space": keepsWhitespace(unit) ? "preserve" : undefined,
    })}>`,
  ];
  if (unit.notes.length) {
    out.push(`${pad}  <notes>`);
    for (const note of unit.notes) out.push(`${pad}    <note>${escapeText(note, "2.0")}</note>`);
    out.push(`${pad}  </notes>`);
  }
  const entries = data.entries();
  if (entries.length) {
    out.push(`${pad}  <originalData>`);
    for (const [id, value] of entries) out.push(`${pad}    <data id="${id}">${escapeText(value, "2.0")}</data>`);
    out.push(`${pad}  </originalData>`);
  }
  out.push(`${pad}  <segment${attrs({ state })}>`, `${pad}    <source>${source}</source>`);
  if (target !== undefined) out.push(`${pad}    <target>${target}</target>`);
  out.push(`${pad}  </segment>`, `${pad}</unit>`);
  return out;
}

/**
 * Whitespace a tool may fold under xml:space="default" (edge spaces, runs, line breaks, tabs): such
 * units say "preserve" so the text comes back as Meridian sent it. Our readers keep whitespace
 * as written either way, which both XLIFF versions allow.
 */
function keepsWhitespace(unit: XliffUnit): boolean {
  const pieces = (parts: readonly Inline[]): string[] => parts.flatMap((p) => (typeof p === "string" ? [p] : pieces(p.content ?? [])));
  return [unit.source, unit.target ?? []].some((parts) => {
    const strings = pieces(parts);
    return /^\s|\s$/.test(strings.join("")) || strings.some((p) => /[^\S ]| {2,}/.test(p));
  });
}

/** Writes units, opening and closing `<group>` elements as the units' group chains change. */
function writeUnits(file: XliffFile, lines: string[], depth: number, writeUnit: (u: XliffUnit, pad: string) => string[]): void {
  const open: string[] = [];
  const pad = (n: number) => "  ".repeat(n);
  for (const unit of file.units) {
    let common = 0;
    while (common < open.length && common < unit.groups.length && open[common] === unit.groups[common]) common++;
    while (open.length > common) {
      open.pop();
      lines.push(`${pad(depth + open.length)}</group>`);
    }
    for (const id of unit.groups.slice(common)) {
      lines.push(`${pad(depth + open.length)}<group${attrs({ id })}>`);
      open.push(id);
    }
    lines.push(...writeUnit(unit, pad(depth + open.length)));
  }
  while (open.length) {
    open.pop();
    lines.push(`${pad(depth + open.length)}</group>`);
  }
}
