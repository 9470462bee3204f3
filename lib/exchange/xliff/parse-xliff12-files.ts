import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { getChildElement, getChildElements } from "@/lib/core/xml/child-elements";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import { readInlineContent, type InlineReadContext } from "./read-inline-content";
import { isBlank } from "./is-blank";
import { groupsUpTo, inheritTranslate, isTopLevel, sameNs } from "./unit-ancestors";
import type { Inline, XliffFile, XliffProblem, XliffUnit } from "./xliff.types";

export type Ctx = { ns: string | null; problems: XliffProblem[]; warnings: XliffProblem[] };

/**
 * Reads the `<file>` elements of an XLIFF 1.2 document (groups flattened, bin-units skipped).
 * Their units were read already, as each ended (readXliff12Unit), and are passed in by file element.
 */
export function parseXliff12Files(root: XmlElement, ns: string | null, units: ReadonlyMap<XmlElement, XliffUnit[]>): XliffFile[] {
  return getChildElements(root, "file", ns).map((fileEl, index) => {
    const original = fileEl.getAttribute("original") ?? undefined;
    const file: XliffFile = {
      // 1.2 files have no id; `original` is what tools (and locize) use as the namespace.
      id: original ?? `file-${index + 1}`,
      notes: [],
      units: units.get(fileEl) ?? [],
    };
    if (original !== undefined) file.original = original;
    const src = fileEl.getAttribute("source-language");
    if (src) file.srcLang = src;
    const trg = fileEl.getAttribute("target-language");
    if (trg) file.trgLang = trg;
    const header = getChildElement(fileEl, "header", ns);
    if (header) file.notes = getChildElements(header, "note", ns).map((n) => n.textContent ?? "");
    return file;
  });
}

/**
 * A `<trans-unit>` of a file's `<body>` (directly or in `<group>`s), read at its end tag: the
 * unit with its file element, or undefined for any other element. Groups and `translate` are
 * inherited from the enclosing groups, which are complete (attributes are read at start tags).
 */
export function readXliff12Unit(el: XmlElement, ctx: Ctx): { fileEl: XmlElement; unit: XliffUnit | undefined } | undefined {
  if (el.localName !== "trans-unit" || !sameNs(el, ctx.ns)) return undefined;
  // The first <body> of a top-level <file>, as getChildElement reads it.
  const isBody = (p: XmlElement) => {
    const file = p.parentNode;
    return p.localName === "body" && !!file && file.localName === "file" && sameNs(file, ctx.ns) && isTopLevel(file) && getChildElement(file, "body", ctx.ns) === p;
  };
  const found = groupsUpTo(el, ctx.ns, isBody);
  if (!found) return undefined;
  const translate = inheritTranslate(true, [...found.groups, el]);
  const groups = found.groups.map((g) => g.getAttribute("id") ?? "");
  return { fileEl: found.container.parentNode!, unit: readTransUnit(el, groups, translate, ctx) };
}

function readTransUnit(el: XmlElement, groups: string[], translate: boolean, ctx: Ctx): XliffUnit | undefined {
  const loc = getNodeLocation(el);
  const path = getElementPath(el);
  const id = el.getAttribute("id");
  if (!id) {
    ctx.problems.push({ code: "XLIFF_MISSING_ID", message: "A <trans-unit> has no id.", ...loc, path });
    return undefined;
  }
  const inlineCtx: InlineReadContext = { family: "1.2", ns: ctx.ns, warnings: ctx.warnings };
  const sourceEl = getChildElement(el, "source", ctx.ns);
  if (!sourceEl) {
    ctx.warnings.push({ code: "XLIFF_MISSING_SOURCE", message: `Unit "${id}" has no <source>.`, ...loc, path });
  }
  const targetEl = getChildElement(el, "target", ctx.ns);
  const unit: XliffUnit = {
    id,
    translate,
    notes: getChildElements(el, "note", ctx.ns).map((n) => n.textContent ?? ""),
    source: sourceEl ? readInlineContent(sourceEl, inlineCtx) : [],
    groups,
    line: loc.line ?? 0,
    column: loc.column ?? 0,
    path,
  };
  if (targetEl) {
    unit.target = readInlineContent(targetEl, inlineCtx);
    const untranslated = untranslatedSegments(el, unit.target, ctx.ns);
    if (untranslated > 0) unit.untranslatedSegments = untranslated;
  }
  const resname = el.getAttribute("resname");
  if (resname) unit.resname = resname;
  const state = targetEl?.getAttribute("state");
  if (state) unit.state = state;
  checkValueLists(el, targetEl, ctx);
  // maxwidth defaults to pixels; only a character limit means something to Meridian.
  const maxwidth = el.getAttribute("maxwidth");
  if (maxwidth && el.getAttribute("size-unit") === "char" && /^\d+$/.test(maxwidth)) {
    unit.maxLength = Number(maxwidth);
  }
  return unit;
}

/** XLIFF 1.2's value lists (strict schema); `x-` values are the specification's extension point. */
const STATES_12 = new Set(["final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n", "needs-review-translation", "needs-translation", "new", "signed-off", "translated"]);

function checkValueLists(unitEl: XmlElement, targetEl: XmlElement | undefined, ctx: Ctx): void {
  const check = (el: XmlElement, attr: string, ok: (v: string) => boolean, expected: string) => {
    const value = el.getAttribute(attr);
    if (value === null || ok(value)) return;
    ctx.problems.push({
      code: "XLIFF_INVALID",
      rule: `xliff12:${el.localName}.${attr}`,
      message: `Unit "${unitEl.getAttribute("id") ?? ""}": ${attr}="${value}" on <${el.localName}> is not ${expected}.`,
      ...getNodeLocation(el),
      path: getElementPath(el),
    });
  };
  const yesNo = (v: string) => v === "yes" || v === "no";
  check(unitEl, "translate", yesNo, "yes or no");
  check(unitEl, "approved", yesNo, "yes or no");
  if (targetEl) check(targetEl, "state", (v) => STATES_12.has(v) || v.startsWith("x-"), `one of ${[...STATES_12].join(", ")} or an x- value`);
}

/**
 * With `<seg-source>`, 1.2 segments are `<mrk mtype="seg" mid>` in the source and the target: the
 * segments with source text whose target marker is missing or blank, when some other is not.
 */
function untranslatedSegments(unitEl: XmlElement, target: readonly Inline[], ns: string | null): number {
  const segSource = getChildElement(unitEl, "seg-source", ns);
  if (!segSource || isBlank(target)) return 0;
  const segments = (parts: readonly Inline[], into = new Map<string, Inline[]>()) => {
    for (const p of parts) {
      if (typeof p === "string") continue;
      if (p.kind === "mrk" && p.attrs.mtype === "seg" && p.attrs.mid !== undefined) into.set(p.attrs.mid, p.content ?? []);
      else if (p.content) segments(p.content, into);
    }
    return into;
  };
  const translated = segments(target);
  // A tool that ignores seg-source writes the target unsegmented: then it is the whole text.
  if (translated.size === 0) return 0;
  let missing = 0;
  for (const [mid, content] of segments(readInlineContent(segSource, { family: "1.2", ns, warnings: [] }))) {
    if (!isBlank(content) && isBlank(translated.get(mid))) missing++;
  }
  return missing;
}
