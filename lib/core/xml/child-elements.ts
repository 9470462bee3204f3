import type { XmlElement } from "./xml-tree";
/**
 * Element children of `el`, optionally only those named `localName` in namespace `ns`.
 * `ns === undefined` means "any namespace"; `null` and "" both mean "no namespace",
 * because XLIFF 1.2 files without the 1.2 namespace are common.
 */
export function getChildElements(el: XmlElement, localName?: string, ns?: string | null): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const child = n as XmlElement;
    if (localName !== undefined && child.localName !== localName) continue;
    if (ns !== undefined && (child.namespaceURI || null) !== (ns || null)) continue;
    out.push(child);
  }
  return out;
}

/** First matching child element, if any. */
export function getChildElement(el: XmlElement, localName: string, ns?: string | null): XmlElement | undefined {
  return getChildElements(el, localName, ns)[0];
}
