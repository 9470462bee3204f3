import type { XmlElement } from "@/lib/xml/xml-tree";
import { getChildElement, getChildElements } from "@/lib/xml/child-elements";
import { getElementPath, getNodeLocation } from "@/lib/xml/element-path";
import { readInlineContent, type InlineReadContext } from "./read-inline-content";
import type { XliffFile, XliffProblem, XliffUnit } from "./xliff.types";

type Ctx = { ns: string | null; problems: XliffProblem[]; warnings: XliffProblem[] };

/** Reads the `<file>` elements of an XLIFF 1.2 document (groups flattened, bin-units skipped). */
export function parseXliff12Files(root: XmlElement, ns: string | null, problems: XliffProblem[], warnings: XliffProblem[]): XliffFile[] {
  const ctx: Ctx = { ns, problems, warnings };
  return getChildElements(root, "file", ns).map((fileEl, index) => {
    const original = fileEl.getAttribute("original") ?? undefined;
    const file: XliffFile = {
      // 1.2 files have no id; `original` is what tools (and locize) use as the namespace.
      id: original ?? `file-${index + 1}`,
      notes: [],
      units: [],
    };
    if (original !== undefined) file.original = original;
    const src = fileEl.getAttribute("source-language");
    if (src) file.srcLang = src;
    const trg = fileEl.getAttribute("target-language");
    if (trg) file.trgLang = trg;
    const header = getChildElement(fileEl, "header", ns);
    if (header) file.notes = getChildElements(header, "note", ns).map((n) => n.textContent ?? "");
    const body = getChildElement(fileEl, "body", ns);
    if (body) walk(body, [], true, file.units, ctx);
    return file;
  });
}

function walk(container: XmlElement, groups: string[], translate: boolean, units: XliffUnit[], ctx: Ctx): void {
  for (const el of getChildElements(container, undefined, ctx.ns)) {
    const ownTranslate = readYesNo(el.getAttribute("translate"), translate);
    if (el.localName === "group") {
      walk(el, [...groups, el.getAttribute("id") ?? ""], ownTranslate, units, ctx);
    } else if (el.localName === "trans-unit") {
      const unit = readTransUnit(el, groups, ownTranslate, ctx);
      if (unit) units.push(unit);
    }
  }
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
  if (targetEl) unit.target = readInlineContent(targetEl, inlineCtx);
  const resname = el.getAttribute("resname");
  if (resname) unit.resname = resname;
  const state = targetEl?.getAttribute("state");
  if (state) unit.state = state;
  // maxwidth defaults to pixels; only a character limit means something to Meridian.
  const maxwidth = el.getAttribute("maxwidth");
  if (maxwidth && el.getAttribute("size-unit") === "char" && /^\d+$/.test(maxwidth)) {
    unit.maxLength = Number(maxwidth);
  }
  return unit;
}

function readYesNo(value: string | null, inherited: boolean): boolean {
  if (value === "no") return false;
  if (value === "yes") return true;
  return inherited;
}
