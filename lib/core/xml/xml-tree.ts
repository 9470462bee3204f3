// The read-only document tree that readXml builds for the TBX and XLIFF readers: the few DOM
// members they use (same names and meaning as in the DOM, so DOM habits carry over), plus the
// line and column where each element starts. Building this from a SAX stream is several times
// faster than a full DOM implementation and keeps memory proportional to the file.

export type XmlNode = XmlElement | XmlText;

export type XmlAttribute = {
  /** Qualified name as written, e.g. `xml:lang`. */
  name: string;
  localName: string;
  prefix: string;
  namespaceURI: string | null;
  value: string;
};

abstract class XmlChild {
  parentNode: XmlElement | null = null;
  nextSibling: XmlNode | null = null;
  previousSibling: XmlNode | null = null;
}

/** Character data: nodeType 3 for text, 4 for a CDATA section (as in the DOM). */
export class XmlText extends XmlChild {
  constructor(
    readonly nodeType: 3 | 4,
    readonly data: string,
  ) {
    super();
  }

  get nodeName(): string {
    return this.nodeType === 3 ? "#text" : "#cdata-section";
  }

  get textContent(): string {
    return this.data;
  }
}

export class XmlElement extends XmlChild {
  readonly nodeType = 1 as const;
  firstChild: XmlNode | null = null;
  lastChild: XmlNode | null = null;
  /** 1-based position among the parent's child elements of the same local name (XPath style). */
  sameNameIndex = 1;
  private sameNameCounts: Map<string, number> | undefined;

  constructor(
    /** Qualified name as written, e.g. `min:partOfSpeech`. */
    readonly nodeName: string,
    readonly localName: string,
    readonly prefix: string,
    readonly namespaceURI: string | null,
    readonly attributes: XmlAttribute[],
    /** 1-based line and column of the `<` that starts the element. */
    readonly lineNumber: number,
    readonly columnNumber: number,
  ) {
    super();
  }

  get childNodes(): XmlNode[] {
    const out: XmlNode[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }

  appendChild(child: XmlNode): void {
    child.parentNode = this;
    child.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
    if (child.nodeType === 1) {
      this.sameNameCounts ??= new Map();
      child.sameNameIndex = (this.sameNameCounts.get(child.localName) ?? 0) + 1;
      this.sameNameCounts.set(child.localName, child.sameNameIndex);
    }
  }

  /** Takes a child out of this element (DOM semantics); its sameNameIndex and later siblings' stay. */
  removeChild(child: XmlNode): void {
    if (child.parentNode !== this) throw new Error("removeChild: not a child of this element");
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    else this.firstChild = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    else this.lastChild = child.previousSibling;
    child.parentNode = child.previousSibling = child.nextSibling = null;
  }

  /** Value of the attribute with this qualified name, or null (DOM semantics). */
  getAttribute(name: string): string | null {
    for (const a of this.attributes) if (a.name === name) return a.value;
    return null;
  }

  getAttributeNS(namespaceURI: string | null, localName: string): string | null {
    for (const a of this.attributes) if (a.localName === localName && a.namespaceURI === (namespaceURI || null)) return a.value;
    return null;
  }

  /** Concatenated character data of every descendant, in document order. */
  get textContent(): string {
    let out = "";
    for (let n = this.firstChild; n; n = n.nextSibling) out += n.textContent;
    return out;
  }

  /** Descendant elements in document order whose qualified name is `name` (`*` for all). */
  getElementsByTagName(name: string): XmlElement[] {
    const out: XmlElement[] = [];
    const walk = (el: XmlElement) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        if (name === "*" || n.nodeName === name) out.push(n);
        walk(n);
      }
    };
    walk(this);
    return out;
  }
}

export type XmlDocument = {
  documentElement: XmlElement;
  getElementsByTagName(name: string): XmlElement[];
};
