import type { XmlElement } from "./xml-tree";

/**
 * Element path strings such as `/xliff/file[1]/unit[3]` so that a problem can point at
 * the element a user must fix even when line numbers are lost (e.g. after an editor
 * reformats the file). Indexes count same-named siblings, 1-based, like XPath (counted
 * while the tree is built, so a path costs its depth, not the number of siblings).
 */

/** Path of `el` from the document root; the root itself carries no index. */
export function getElementPath(el: XmlElement): string {
  const parts: string[] = [];
  // push then reverse: unshift copies the array each time, the square of the depth.
  for (let node: XmlElement | null = el; node; node = node.parentNode) {
    parts.push(node.parentNode ? `${node.localName}[${node.sameNameIndex}]` : node.localName);
  }
  return "/" + parts.reverse().join("/");
}

/** Appends a child step to an existing path: `childPath("/a", "b", 2)` → `/a/b[2]`. */
export function childPath(parentPath: string, name: string, index: number): string {
  return `${parentPath}/${name}[${index}]`;
}

/** Line and column where the element starts, as recorded by readXml. */
export function getNodeLocation(node: XmlElement): { line: number; column: number } {
  return { line: node.lineNumber, column: node.columnNumber };
}
