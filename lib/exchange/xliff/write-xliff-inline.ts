import type { Inline, InlineCode } from "./xliff.types";

/** Collects `<data>` entries for one XLIFF 2 unit; equal data text shares one id. */
export class OriginalDataCollector {
  private byValue = new Map<string, string>();
  entries(): [string, string][] {
    return [...this.byValue.entries()].map(([value, id]) => [id, value]);
  }
  ref(value: string): string {
    let id = this.byValue.get(value);
    if (!id) {
      id = `d${this.byValue.size + 1}`;
      this.byValue.set(value, id);
    }
    return id;
  }
}

export function escapeText(text: string, version: "1.2" | "2.0"): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (isXmlChar(cp)) out += ch;
    // Characters XML 1.0 cannot carry: 2.x has <cp>; 1.2 has no way, so they are dropped.
    else if (version === "2.0") out += `<cp hex="${cp.toString(16).toUpperCase().padStart(4, "0")}"/>`;
  }
  return out;
}

/** Attribute values also escape quotes and whitespace that parsers would normalise away. */
export function escapeAttr(value: string): string {
  let out = "";
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "\n") out += "&#10;";
    else if (ch === "\r") out += "&#13;";
    else if (ch === "\t") out += "&#9;";
    else if (isXmlChar(cp)) out += ch;
  }
  return out;
}

export function attrs(pairs: Record<string, string | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v!)}"`)
    .join("");
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
}

function plainText(inlines: Inline[] | undefined): string {
  return (inlines ?? []).map((p) => (typeof p === "string" ? p : plainText(p.content))).join("");
}

/** Writes inline content as XLIFF 1.2 markup, mapping 2.x kinds to their 1.2 twins. */
export function writeInline12(inlines: Inline[]): string {
  return inlines.map((p) => (typeof p === "string" ? escapeText(p, "1.2") : writeCode12(p))).join("");
}

function writeCode12(code: InlineCode): string {
  const id = code.id;
  const inner = () => writeInline12(code.content ?? []);
  switch (code.kind) {
    case "x":
    case "ph":
      return `<x${attrs({ id, "equiv-text": code.equiv ?? code.originalData, ctype: code.attrs.ctype })}/>`;
    case "g":
    case "pc":
      return `<g${attrs({ id, ctype: code.attrs.ctype })}>${inner()}</g>`;
    case "bx":
    case "sc":
      return `<bx${attrs({ id, "equiv-text": code.equiv })}/>`;
    case "ex":
    case "ec":
      return `<ex${attrs({ id, "equiv-text": code.equiv })}/>`;
    case "bpt":
    case "ept":
    case "it":
    case "ph12":
    case "sub": {
      const tag = code.kind === "ph12" ? "ph" : code.kind;
      const { id: _id, ...rest } = code.attrs;
      return `<${tag}${attrs({ id, ...rest })}>${inner()}</${tag}>`;
    }
    case "mrk":
      return `<mrk${attrs({ mtype: code.attrs.mtype ?? code.attrs.type ?? "x-marker", mid: id })}>${inner()}</mrk>`;
    default:
      return ""; // sm/em: 1.2 has no unpaired markers
  }
}

/** Writes inline content as XLIFF 2.0 markup; original data goes to `data`. */
export function writeInline2(inlines: Inline[], data: OriginalDataCollector): string {
  return inlines.map((p) => (typeof p === "string" ? escapeText(p, "2.0") : writeCode2(p, data))).join("");
}

function writeCode2(code: InlineCode, data: OriginalDataCollector): string {
  const id = code.id;
  // Native code text (1.2 bpt/ept/ph/it) is exactly what XLIFF 2 keeps in originalData.
  const native = ["bpt", "ept", "it", "ph12"].includes(code.kind) ? plainText(code.content) : undefined;
  const payload = code.originalData ?? native ?? (code.kind === "x" || code.kind === "ph" ? code.equiv : undefined);
  const dataRef = payload !== undefined && payload !== "" ? data.ref(payload) : undefined;
  switch (code.kind) {
    case "ph":
    case "x":
    case "ph12":
    case "it":
      return `<ph${attrs({ id, dataRef, equiv: code.equiv, disp: code.disp })}/>`;
    case "pc":
    case "g": {
      const end = code.originalDataEnd ? data.ref(code.originalDataEnd) : undefined;
      return `<pc${attrs({ id, dataRefStart: dataRef, dataRefEnd: end, equivStart: code.equiv, dispStart: code.disp })}>${writeInline2(code.content ?? [], data)}</pc>`;
    }
    case "sc":
    case "bx":
    case "bpt":
      return `<sc${attrs({ id, dataRef, equiv: code.equiv, disp: code.disp })}/>`;
    case "ec":
    case "ex":
    case "ept":
      return `<ec${attrs({ startRef: id, dataRef, equiv: code.equiv, disp: code.disp })}/>`;
    case "mrk":
      return `<mrk${attrs({ id: id ?? code.attrs.mid, translate: code.attrs.translate, type: code.attrs.type })}>${writeInline2(code.content ?? [], data)}</mrk>`;
    case "sm":
      return `<sm${attrs({ id, translate: code.attrs.translate, type: code.attrs.type })}/>`;
    case "em":
      return `<em${attrs({ startRef: code.attrs.startRef ?? id })}/>`;
    default:
      return escapeText(plainText(code.content), "2.0");
  }
}
