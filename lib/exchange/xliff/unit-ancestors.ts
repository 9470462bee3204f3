// Where a unit sits, worked out at its end tag from its ancestors (whose attributes are complete):
// the same rules for XLIFF 1.2 (<trans-unit> in a file's <body>) and 2.x (<unit> in a <file>).
import type { XmlElement } from "@/lib/core/xml/xml-tree";

/** Whether `el` is in namespace `ns` (null and "" both mean none: 1.2 files often have none). */
export const sameNs = (el: XmlElement, ns: string | null) => (el.namespaceURI || null) === (ns || null);

/**
 * The `<group>`s between `el` and the nearest ancestor for which `isContainer` holds (outermost
 * first), with that container; undefined when any other element, or another namespace, is
 * between them, or there is no container.
 */
export function groupsUpTo(el: XmlElement, ns: string | null, isContainer: (p: XmlElement) => boolean): { container: XmlElement; groups: XmlElement[] } | undefined {
  const groups: XmlElement[] = [];
  for (let p = el.parentNode; p; p = p.parentNode) {
    if (!sameNs(p, ns)) return undefined;
    if (isContainer(p)) return { container: p, groups: groups.reverse() };
    if (p.localName !== "group") return undefined;
    groups.push(p);
  }
  return undefined;
}

/** `translate="yes|no"` inherited down `path` (outermost first) from `start`. */
export function inheritTranslate(start: boolean, path: readonly XmlElement[]): boolean {
  let translate = start;
  for (const el of path) translate = readYesNo(el.getAttribute("translate"), translate);
  return translate;
}

function readYesNo(value: string | null, inherited: boolean): boolean {
  if (value === "no") return false;
  if (value === "yes") return true;
  return inherited;
}

/** Whether `el` is a child of the document's root element. */
export function isTopLevel(el: XmlElement): boolean {
  return !!el.parentNode && !el.parentNode.parentNode;
}
