import type { XmlElement, XmlText } from "@/lib/core/xml/xml-tree";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import type { Inline, InlineCode, InlineKind, XliffProblem } from "./xliff.types";

export type InlineReadContext = {
  family: "1.2" | "2";
  /** Namespace of the XLIFF core elements (null for 1.2 files without one). */
  ns: string | null;
  /** 2.x unit originalData: data id → text. */
  originalData?: Map<string, string>;
  warnings: XliffProblem[];
};

const KINDS_12: Record<string, InlineKind> = {
  x: "x",
  g: "g",
  bx: "bx",
  ex: "ex",
  bpt: "bpt",
  ept: "ept",
  it: "it",
  ph: "ph12",
  mrk: "mrk",
  sub: "sub",
};
const KINDS_2: Record<string, InlineKind> = { ph: "ph", pc: "pc", sc: "sc", ec: "ec", mrk: "mrk", sm: "sm", em: "em" };
/** Kinds whose element content is part of the inline model (paired codes and native code text). */
const WITH_CONTENT = new Set<InlineKind>(["g", "pc", "mrk", "bpt", "ept", "it", "ph12", "sub"]);

/**
 * Reads mixed content (source, target, note-free inline markup) into text runs and
 * code objects in document order. Text is kept exactly as written, including
 * indentation whitespace: XLIFF lets tools decide whitespace handling, and the
 * importer (not the reader) knows whether to trim.
 */
export function readInlineContent(el: XmlElement, ctx: InlineReadContext): Inline[] {
  const out: Inline[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      pushText(out, (n as XmlText).data);
      continue;
    }
    if (n.nodeType !== 1) continue; // comments and processing instructions carry no text
    const child = n as XmlElement;
    const inCore = (child.namespaceURI || null) === ctx.ns;
    if (inCore && ctx.family === "2" && child.localName === "cp") {
      pushText(out, readCodePoint(child, ctx));
      continue;
    }
    const kind = inCore ? (ctx.family === "1.2" ? KINDS_12 : KINDS_2)[child.localName] : undefined;
    if (!kind) {
      const loc = getNodeLocation(child);
      ctx.warnings.push({
        code: "XLIFF_UNKNOWN_INLINE",
        message: `Unknown inline element <${child.nodeName}>; its text was kept, the markup dropped.`,
        ...loc,
        path: getElementPath(child),
      });
      for (const part of readInlineContent(child, ctx)) pushInline(out, part);
      continue;
    }
    out.push(readCode(child, kind, ctx));
  }
  return out;
}

function readCode(el: XmlElement, kind: InlineKind, ctx: InlineReadContext): InlineCode {
  const attrs: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
    attrs[a.name] = a.value;
  }
  const code: InlineCode = { kind, attrs };
  const id = attrs.id ?? (kind === "ec" ? attrs.startRef : undefined) ?? (kind === "ex" ? attrs.rid : undefined);
  if (id !== undefined) code.id = id;
  const equiv = attrs.equiv ?? attrs.equivStart ?? attrs["equiv-text"];
  if (equiv !== undefined) code.equiv = equiv;
  const disp = attrs.disp ?? attrs.dispStart;
  if (disp !== undefined) code.disp = disp;
  const dataRef = attrs.dataRef ?? attrs.dataRefStart;
  if (dataRef !== undefined) {
    code.dataRef = dataRef;
    const data = resolveData(el, dataRef, ctx);
    if (data !== undefined) code.originalData = data;
  }
  if (attrs.dataRefEnd !== undefined) {
    const data = resolveData(el, attrs.dataRefEnd, ctx);
    if (data !== undefined) code.originalDataEnd = data;
  }
  // Empty-only codes (x, ph, sc…) sometimes carry text from lenient writers; keep it rather than lose it.
  if (WITH_CONTENT.has(kind) || el.firstChild) code.content = readInlineContent(el, ctx);
  return code;
}

function resolveData(el: XmlElement, ref: string, ctx: InlineReadContext): string | undefined {
  const data = ctx.originalData?.get(ref);
  if (data === undefined) {
    ctx.warnings.push({
      code: "XLIFF_UNKNOWN_DATA_REF",
      message: `Inline code refers to original data "${ref}", which the unit does not define.`,
      ...getNodeLocation(el),
      path: getElementPath(el),
    });
  }
  return data;
}

function readCodePoint(el: XmlElement, ctx: InlineReadContext): string {
  const cp = parseInt(el.getAttribute("hex") ?? "", 16);
  if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) return String.fromCodePoint(cp);
  ctx.warnings.push({
    code: "XLIFF_INVALID_CODE_POINT",
    message: `<cp hex="${el.getAttribute("hex")}"> is not a valid code point.`,
    ...getNodeLocation(el),
    path: getElementPath(el),
  });
  return "";
}

function pushText(out: Inline[], text: string): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (typeof last === "string") out[out.length - 1] = last + text;
  else out.push(text);
}

/** Appends one inline, merging adjacent text runs so equal content compares equal. */
export function pushInline(out: Inline[], part: Inline): void {
  if (typeof part === "string") pushText(out, part);
  else out.push(part);
}

/** Plain text of inline content: text runs plus the content of paired codes. */
export function getInlineText(inlines: Inline[]): string {
  return inlines
    .map((p) => (typeof p === "string" ? p : p.content && (p.kind === "g" || p.kind === "pc" || p.kind === "mrk") ? getInlineText(p.content) : ""))
    .join("");
}
