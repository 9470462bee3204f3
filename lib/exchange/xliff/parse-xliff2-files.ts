import type { XmlElement, XmlText } from "@/lib/core/xml/xml-tree";
import { getChildElement, getChildElements } from "@/lib/core/xml/child-elements";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import { pushInline, readInlineContent, type InlineReadContext } from "./read-inline-content";
import { isBlank } from "./is-blank";
import { groupsUpTo, inheritTranslate, isTopLevel, sameNs } from "./unit-ancestors";
import type { Inline, XliffFile, XliffProblem, XliffUnit } from "./xliff.types";

export const SLR_NS = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
const STATE_RANK = ["initial", "translated", "reviewed", "final"];

export type Ctx = { ns: string | null; problems: XliffProblem[]; warnings: XliffProblem[] };

/**
 * Reads the `<file>` elements of an XLIFF 2.0/2.1/2.2 document. Their units were read already,
 * as each ended (readXliff2Unit), and are passed in by file element.
 */
export function parseXliff2Files(root: XmlElement, ns: string | null, problems: XliffProblem[], units: ReadonlyMap<XmlElement, XliffUnit[]>): XliffFile[] {
  return getChildElements(root, "file", ns).map((fileEl, index) => {
    const id = fileEl.getAttribute("id");
    if (!id) {
      problems.push({ code: "XLIFF_MISSING_ID", message: "A <file> has no id.", ...getNodeLocation(fileEl), path: getElementPath(fileEl) });
    }
    const file: XliffFile = { id: id ?? `file-${index + 1}`, notes: readNotes(fileEl, ns), units: units.get(fileEl) ?? [] };
    const original = fileEl.getAttribute("original");
    if (original) file.original = original;
    return file;
  });
}

/**
 * A `<unit>` of a `<file>` (directly or in `<group>`s), read at its end tag: the unit with its
 * file element, or undefined for any other element. Groups and `translate` are inherited from
 * the ancestors, which are complete (attributes are read at start tags).
 */
export function readXliff2Unit(el: XmlElement, ctx: Ctx): { fileEl: XmlElement; unit: XliffUnit | undefined } | undefined {
  if (el.localName !== "unit" || !sameNs(el, ctx.ns)) return undefined;
  const found = groupsUpTo(el, ctx.ns, (p) => p.localName === "file" && isTopLevel(p));
  if (!found) return undefined;
  const translate = inheritTranslate(true, [found.container, ...found.groups, el]);
  const groups = found.groups.map((g) => g.getAttribute("id") ?? "");
  return { fileEl: found.container, unit: readUnit(el, groups, translate, ctx) };
}

function readUnit(el: XmlElement, groups: string[], translate: boolean, ctx: Ctx): XliffUnit | undefined {
  const loc = getNodeLocation(el);
  const path = getElementPath(el);
  const id = el.getAttribute("id");
  if (!id) {
    ctx.problems.push({ code: "XLIFF_MISSING_ID", message: "A <unit> has no id.", ...loc, path });
    return undefined;
  }
  const inlineCtx: InlineReadContext = { family: "2", ns: ctx.ns, originalData: readOriginalData(el, ctx.ns), warnings: ctx.warnings };

  // Segments and ignorables are joined in order: Meridian stores whole strings, and
  // `ignorable` holds the inter-sentence whitespace that belongs to that string.
  const parts = getChildElements(el, undefined, ctx.ns).filter((c) => c.localName === "segment" || c.localName === "ignorable");
  const source: Inline[] = [];
  const targets: { order: number; content: Inline[] }[] = [];
  const states: string[] = [];
  let hasTarget = false;
  let untranslated = 0;
  let hasState = false;
  parts.forEach((part, index) => {
    const sourceEl = getChildElement(part, "source", ctx.ns);
    const targetEl = getChildElement(part, "target", ctx.ns);
    const sourceContent = sourceEl ? readInlineContent(sourceEl, inlineCtx) : [];
    for (const p of sourceContent) pushInline(source, p);
    if (!sourceEl && part.localName === "segment") {
      ctx.warnings.push({ code: "XLIFF_MISSING_SOURCE", message: `A segment of unit "${id}" has no <source>.`, ...getNodeLocation(part), path: getElementPath(part) });
    }
    // `order` moves a target to another segment's position (reordered translations).
    const order = Number(targetEl?.getAttribute("order") ?? index + 1);
    const targetContent = targetEl ? readInlineContent(targetEl, inlineCtx) : part.localName === "ignorable" ? sourceContent : [];
    targets.push({ order, content: targetContent });
    if (part.localName === "segment") {
      if (targetEl) hasTarget = true;
      if (isBlank(targetContent) && !isBlank(sourceContent)) untranslated++;
    }
    if (part.localName === "segment") {
      const state = part.getAttribute("state");
      if (state) hasState = true;
      states.push(state ?? "initial");
    }
  });

  const unit: XliffUnit = {
    id,
    translate,
    notes: readNotes(el, ctx.ns),
    source,
    groups,
    line: loc.line ?? 0,
    column: loc.column ?? 0,
    path,
  };
  if (hasTarget) {
    const target: Inline[] = [];
    for (const t of [...targets].sort((a, b) => a.order - b.order)) for (const p of t.content) pushInline(target, p);
    unit.target = target;
    if (untranslated > 0 && !isBlank(target)) unit.untranslatedSegments = untranslated;
  }
  const name = el.getAttribute("name");
  if (name) unit.name = name;
  // A unit is only as far along as its least advanced segment.
  if (hasState) unit.state = states.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const maxLength = readSizeRestriction(el.getAttributeNS(SLR_NS, "sizeRestriction"));
  if (maxLength !== undefined) unit.maxLength = maxLength;
  return unit;
}

function rank(state: string): number {
  const i = STATE_RANK.indexOf(state);
  return i < 0 ? 0 : i;
}

/** slr:sizeRestriction is "max", "min,max" or "*" (no limit). */
function readSizeRestriction(value: string | null): number | undefined {
  if (!value) return undefined;
  const max = value.split(",").pop()?.trim() ?? "";
  return /^\d+$/.test(max) ? Number(max) : undefined;
}

function readOriginalData(unit: XmlElement, ns: string | null): Map<string, string> {
  const map = new Map<string, string>();
  const od = getChildElement(unit, "originalData", ns);
  if (!od) return map;
  for (const data of getChildElements(od, "data", ns)) {
    let text = "";
    for (let n = data.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 || n.nodeType === 4) text += (n as XmlText).data;
      else if (n.nodeType === 1 && (n as XmlElement).localName === "cp") {
        const cp = parseInt((n as XmlElement).getAttribute("hex") ?? "", 16);
        if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) text += String.fromCodePoint(cp);
      }
    }
    map.set(data.getAttribute("id") ?? "", text);
  }
  return map;
}

function readNotes(el: XmlElement, ns: string | null): string[] {
  const notes = getChildElement(el, "notes", ns);
  return notes ? getChildElements(notes, "note", ns).map((n) => n.textContent ?? "") : [];
}
