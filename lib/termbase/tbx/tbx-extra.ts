import type { XmlElement } from "@/lib/core/xml/xml-tree";

/**
 * A TBX element Meridian has no column for (a context, an admin source, a transacGrp, an xref, a
 * term-level note, a second definition…), kept as a small JSON tree so the export can write it back
 * exactly: name as written, attributes, children (text and elements) in document order. `ns` is set
 * only for elements outside TBX core (DCT-style `min:`/`basic:` elements, private namespaces).
 * On a concept, `lang` marks an element read from a language section.
 */
export type TbxExtraNode = {
  name: string;
  ns?: string;
  attrs?: Record<string, string>;
  children?: Array<string | TbxExtraNode>;
  lang?: string;
};

export type TbxExtra = TbxExtraNode[];

const CORE_NS = new Set(["urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed-1"]);

export function toExtraNode(el: XmlElement, lang?: string): TbxExtraNode {
  const node: TbxExtraNode = { name: el.nodeName };
  if (el.namespaceURI && !CORE_NS.has(el.namespaceURI)) node.ns = el.namespaceURI;
  for (const a of el.attributes) {
    if (a.name === "xmlns" || a.prefix === "xmlns") continue;
    (node.attrs ??= {})[a.name] = a.value;
  }
  const children: Array<string | TbxExtraNode> = [];
  let hasElements = false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      hasElements = true;
      children.push(toExtraNode(n));
    } else children.push(n.data);
  }
  // Indentation between child elements is layout, not content (mixed content keeps its text).
  const kept = hasElements ? children.filter((c) => typeof c !== "string" || c.trim() !== "") : children;
  const merged: Array<string | TbxExtraNode> = [];
  for (const c of kept) {
    const last = merged[merged.length - 1];
    if (typeof c === "string" && typeof last === "string") merged[merged.length - 1] = last + c;
    else merged.push(c);
  }
  if (merged.length) node.children = merged;
  if (lang) node.lang = lang;
  return node;
}

/** The node as XML, compact (no indentation is added inside it, so reading it back gives the same node). */
export function writeExtraNode(node: TbxExtraNode): string {
  let attrs = "";
  if (node.ns) {
    const colon = node.name.indexOf(":");
    attrs += colon > 0 ? ` xmlns:${node.name.slice(0, colon)}="${escapeXml(node.ns)}"` : ` xmlns="${escapeXml(node.ns)}"`;
  }
  // Line breaks and tabs in attributes become spaces when read unless written as references.
  for (const [name, value] of Object.entries(node.attrs ?? {})) attrs += ` ${name}="${escapeXml(value).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;")}"`;
  if (!node.children?.length) return `<${node.name}${attrs}/>`;
  const inner = node.children.map((c) => (typeof c === "string" ? escapeXml(c) : writeExtraNode(c))).join("");
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

/** A TbxExtra read from outside (a CSV cell): an array of nodes with names, string attributes and children. */
export function isTbxExtra(value: unknown): value is TbxExtra {
  return Array.isArray(value) && value.every(isExtraNode);
}

function isExtraNode(value: unknown): value is TbxExtraNode {
  if (!value || typeof value !== "object") return false;
  const node = value as Record<string, unknown>;
  if (typeof node.name !== "string" || !/^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/.test(node.name)) return false;
  if (node.ns !== undefined && typeof node.ns !== "string") return false;
  if (node.lang !== undefined && typeof node.lang !== "string") return false;
  if (node.attrs !== undefined && (typeof node.attrs !== "object" || !node.attrs || !Object.entries(node.attrs).every(([k, v]) => /^[A-Za-z_][\w.:-]*$/.test(k) && typeof v === "string"))) return false;
  return node.children === undefined || (Array.isArray(node.children) && node.children.every((c) => typeof c === "string" || isExtraNode(c)));
}

export function extraText(node: TbxExtraNode | string): string {
  if (typeof node === "string") return node;
  return (node.children ?? []).map(extraText).join("");
}

/** What the node says, for a reader: its `type` (or element name) and its text, one line per child element. */
export function describeExtraNode(node: TbxExtraNode): { label: string; lines: string[] } {
  const label = node.attrs?.type ?? node.name.replace(/^.*:/, "");
  const elements = (node.children ?? []).filter((c): c is TbxExtraNode => typeof c !== "string");
  const target = node.attrs?.target;
  if (elements.length === 0 || !node.name.endsWith("Grp")) {
    const text = extraText(node).replace(/\s+/g, " ").trim();
    return { label, lines: [target ? `${text} → ${target}`.trim() : text] };
  }
  const lines = elements.map((c) => `${c.attrs?.type ?? c.name.replace(/^.*:/, "")}: ${extraText(c).replace(/\s+/g, " ").trim()}`);
  return { label: elements[0]?.attrs?.type ?? label, lines };
}

/**
 * True when a group in `extra` (descripGrp, termNoteGrp…) carries the data category `type` with
 * `value` as its first element: the writer then writes the group instead of a plain element.
 */
export function extraCarries(extra: TbxExtra | undefined, type: string, value: string, lang?: string): boolean {
  return !!extra?.some((n) => {
    if (!n.name.endsWith("Grp") || n.lang !== lang) return false;
    const first = n.children?.find((c): c is TbxExtraNode => typeof c !== "string");
    return !!first && (first.attrs?.type ?? first.name.replace(/^.*:/, "")) === type && extraText(first).trim() === value;
  });
}

/**
 * Equality of two extras as stored: jsonb does not keep key order, and a concept's language-section
 * elements are written grouped by language, so they compare grouped by language.
 */
export function sameExtra(a: TbxExtra | null | undefined, b: TbxExtra | null | undefined): boolean {
  return canonicalExtra(a) === canonicalExtra(b);
}

export function canonicalExtra(extra: TbxExtra | null | undefined): string {
  if (!extra?.length) return "[]";
  const sorted = [...extra].sort((x, y) => (x.lang ?? "").localeCompare(y.lang ?? ""));
  return canonicalJson(sorted);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;");
}
