import type { XmlElement } from "@/lib/core/xml/xml-tree";

export const TBX_NS = "urn:iso:std:iso:30042:ed-2";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Core structure elements whose `type` attribute names the data category (DCA style). */
const DCA_ELEMENTS = new Set(["descrip", "termNote", "admin", "transac", "xref", "ref", "descripNote", "adminNote", "transacNote"]);
/** Elements a level's reader handles itself: sections nest, the term is the term. */
const STRUCTURAL = new Set(["langSec", "langSet", "termSec", "tig", "ntig", "term"]);

export type Category = { name: string; value: string; el: XmlElement };

/**
 * One element directly at a level (concept, language or term section) as the reader meets it:
 * `top` is the element itself or its group (descripGrp, termNoteGrp…); `category` is the data
 * category it states (a group's first element), if any; `whole` says the category is all there is
 * to it, so reading the category into a column loses nothing.
 */
export type LevelItem = { top: XmlElement; category?: Category; whole: boolean };

/** TBX core elements are in the TBX 2019 namespace or in none (martif, older files). */
export function isCore(el: XmlElement): boolean {
  const ns = el.namespaceURI;
  return !ns || ns === TBX_NS || ns === "urn:iso:std:iso:30042:ed-1";
}

/** The level's items in document order; an ntig's termGrp is looked into, as its content belongs to the term. */
export function levelItems(el: XmlElement): LevelItem[] {
  const out: LevelItem[] = [];
  for (const child of childElements(el)) {
    const core = isCore(child);
    if (core && STRUCTURAL.has(child.localName)) continue;
    if (core && child.localName === "termGrp") {
      out.push(...levelItems(child));
      continue;
    }
    if (core && child.localName.endsWith("Grp")) {
      const parts = childElements(child);
      const category = parts[0] && categoryOf(parts[0]);
      out.push({ top: child, category, whole: parts.length === 1 && !!category });
      continue;
    }
    const category = categoryOf(child);
    out.push({ top: child, category, whole: !!category });
  }
  return out;
}

function categoryOf(el: XmlElement): Category | undefined {
  if (!isCore(el)) return { name: el.localName, value: readText(el), el };
  const type = el.getAttribute("type");
  if (DCA_ELEMENTS.has(el.localName) && type) return { name: type, value: readText(el), el };
  if (el.localName === "note") return { name: "note", value: readText(el), el };
  return undefined;
}

/** The `<term>` of a termSec/tig, or inside the termGrp of an ntig. */
export function findTerm(el: XmlElement): XmlElement | undefined {
  for (const child of coreChildren(el)) {
    if (child.localName === "term") return child;
    if (child.localName.endsWith("Grp")) {
      const inGroup = findTerm(child);
      if (inGroup) return inGroup;
    }
  }
  return undefined;
}

export function coreChildren(el: XmlElement): XmlElement[] {
  return childElements(el).filter(isCore);
}

function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n);
  return out;
}

/**
 * An element's text: as written under `xml:space="preserve"` (on it or an ancestor), else
 * cleaned of the layout pretty-printing adds (XML's default lets the application decide).
 */
export function readText(el: XmlElement): string {
  const text = el.textContent;
  // Most values have nothing to fold: then both readings agree and the ancestors need no look.
  if (!text.includes("\n") && text.trim() === text) return text;
  for (let e: XmlElement | null = el; e; e = e.parentNode) {
    const space = e.getAttributeNS(XML_NS, "space") ?? e.getAttribute("xml:space");
    if (space === "preserve") return text;
    if (space === "default") break;
  }
  return cleanText(text);
}

/**
 * Pretty-printed TBX wraps long text across indented lines; fold those breaks back: a whitespace
 * run holding a line break becomes one space. (The regex /\s*\n[\t ]*\/ said the same but
 * backtracked through every long run of spaces without a break: 20,000 spaces took a second.)
 */
export function cleanText(text: string): string {
  if (!text.includes("\n")) return text.trim();
  return text.replace(/\s+/g, (run) => (run.includes("\n") ? " " + run.slice(run.lastIndexOf("\n") + 1).replace(/^[\t ]+/, "") : run)).trim();
}

export function readLanguage(langSec: XmlElement): string | null {
  return langSec.getAttributeNS(XML_NS, "lang") || langSec.getAttribute("xml:lang") || langSec.getAttribute("lang");
}
