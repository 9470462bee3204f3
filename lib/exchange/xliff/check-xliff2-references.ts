// XLIFF 2 references checked while the file streams: subFlows naming units of the same file
// (resolved at the file's end: a unit may come after the code naming it), fragment identifiers in
// mrk/sm ref, and extension elements' ids unique in their scope. Split from check-xliff2-structure.ts.
import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import { fragmentIdProblem } from "./check-xliff2-fragment-id";
import type { XliffProblem } from "./xliff.types";
import { NMTOKEN } from "./xliff2-core-tables";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Reports a problem on the element being checked: (rule without the xliff2: prefix, message). */
export type Report = (rule: string, message: string) => void;

export type ReferenceState = {
  problems: XliffProblem[];
  /**
   * Per file element: its unit ids, and the subFlows references of its inline codes with the
   * problem each would be (located while the code is still in the tree), decided at the file's end.
   */
  subFlows: WeakMap<XmlElement, { unitIds: Set<string>; refs: Array<{ id: string; problem: XliffProblem }> }>;
  /** Ids (id or xml:id) of extension elements per nearest core element and namespace. */
  extensionIds: WeakMap<XmlElement, Map<string, Set<string>>>;
};

/** At a file's end: every subFlows reference names a unit of it. */
export function resolveSubFlows(file: XmlElement, state: ReferenceState): void {
  const flows = state.subFlows.get(file);
  for (const ref of flows?.refs ?? []) if (!flows!.unitIds.has(ref.id)) state.problems.push(ref.problem);
}

export function checkRef(el: XmlElement, report: Report): void {
  const [unit, file] = [ancestor(el, "unit"), ancestor(el, "file")];
  const context = { isComment: el.getAttribute("type") === "comment", unitId: unit?.getAttribute("id") ?? null, fileId: file?.getAttribute("id") ?? null };
  const problem = fragmentIdProblem(el.getAttribute("ref")!, context);
  if (problem) report(problem.rule, problem.message);
}

function ancestor(el: XmlElement, localName: string): XmlElement | null {
  let p = el.parentNode;
  while (p && p.localName !== localName) p = p.parentNode;
  return p;
}

/** An extension element's id is unique among those of its namespace within its nearest core element (file, group, unit). */
export function checkExtensionId(el: XmlElement, state: ReferenceState & { ns: string | null }, report: Report): void {
  const id = el.getAttribute("id") ?? el.getAttributeNS(XML_NS, "id");
  if (id === null) return;
  let scope = el.parentNode;
  while (scope && (scope.namespaceURI || null) !== state.ns) scope = scope.parentNode;
  if (!scope) return;
  let byNs = state.extensionIds.get(scope);
  if (!byNs) state.extensionIds.set(scope, (byNs = new Map()));
  const ns = el.namespaceURI ?? "";
  let ids = byNs.get(ns);
  if (!ids) byNs.set(ns, (ids = new Set()));
  if (ids.has(id)) report("extension.idUnique", `The id "${id}" of <${el.nodeName}> is used twice by extension elements of <${scope.localName}>.`);
  ids.add(id);
}

const SUB_FLOWS = ["subFlows", "subFlowsStart", "subFlowsEnd"] as const;

/** A unit's id, or a code's subFlows* values: unit ids of the same file, separated by spaces (NMTOKENS). */
export function recordSubFlows(el: XmlElement, name: string, state: ReferenceState, report: Report): void {
  const file = ancestor(el, "file");
  if (!file) return;
  let flows = state.subFlows.get(file);
  if (!flows) state.subFlows.set(file, (flows = { unitIds: new Set(), refs: [] }));
  if (name === "unit") {
    const id = el.getAttribute("id");
    if (id !== null) flows.unitIds.add(id);
    return;
  }
  for (const attribute of SUB_FLOWS) {
    const value = el.getAttribute(attribute);
    if (value === null) continue;
    const ids = value.trim().split(/\s+/);
    if (value.trim() === "" || !ids.every((id) => NMTOKEN.test(id))) {
      report(`${name}.${attribute}`, `${attribute}="${value}" on <${name}> is not a space-separated list of unit ids.`);
      continue;
    }
    for (const id of ids) {
      flows.refs.push({ id, problem: { code: "XLIFF_INVALID", rule: `xliff2:${name}.${attribute}`, message: `${attribute} on <${name}> names the unit "${id}", which is not in this file.`, ...getNodeLocation(el), path: getElementPath(el) } });
    }
  }
}
