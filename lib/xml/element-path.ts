/**
 * Element path strings such as `/xliff/file[1]/unit[3]` so that a problem can point at
 * the element a user must fix even when line numbers are lost (e.g. after an editor
 * reformats the file). Indexes count same-named siblings, 1-based, like XPath.
 */

/** Path of `el` from the document root; the root itself carries no index. */
export function getElementPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node) {
    const parent: Node | null = node.parentNode;
    const name = node.localName || node.nodeName;
    if (!parent || parent.nodeType !== 1) {
      parts.unshift(name);
      break;
    }
    parts.unshift(`${name}[${siblingIndex(node)}]`);
    node = parent as Element;
  }
  return "/" + parts.join("/");
}

/** Appends a child step to an existing path: `childPath("/a", "b", 2)` → `/a/b[2]`. */
export function childPath(parentPath: string, name: string, index: number): string {
  return `${parentPath}/${name}[${index}]`;
}

function siblingIndex(el: Element): number {
  let index = 1;
  let sib = el.previousSibling;
  while (sib) {
    if (sib.nodeType === 1 && ((sib as Element).localName || sib.nodeName) === (el.localName || el.nodeName)) {
      index++;
    }
    sib = sib.previousSibling;
  }
  return index;
}

/** Line/column recorded by @xmldom/xmldom on every node (absent when built by hand). */
export function getNodeLocation(node: Node): { line?: number; column?: number } {
  const loc = node as unknown as { lineNumber?: number; columnNumber?: number };
  return { line: loc.lineNumber, column: loc.columnNumber };
}
