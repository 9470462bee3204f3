// TBX Core structure (ISO 30042:2019, and the martif form of 2008), checked element by element at
// each end tag while the file streams: concept entry → language section → term section, each in
// its place and in order (issue 16). A structurally broken file is refused with the line of each
// misplaced element, instead of persisting a misplaced term and silently dropping another.
import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import type { Problem } from "./termbase-exchange.types";

/** Where each structural element may stand: its allowed parents. */
const PARENTS: Record<string, readonly string[]> = {
  conceptEntry: ["body"],
  termEntry: ["body"],
  langSec: ["conceptEntry"],
  langSet: ["termEntry"],
  termSec: ["langSec"],
  tig: ["langSet"],
  ntig: ["langSet"],
  termGrp: ["ntig"],
  term: ["termSec", "tig", "termGrp"],
  termNote: ["termSec", "tig", "termGrp", "termNoteGrp"],
};

/** Children that must come after every data category of their parent (sections nest last). */
const SECTIONS = new Set(["langSec", "langSet", "termSec", "tig", "ntig"]);

/** What has ended so far, per parent: elements end in document order, so one look decides the order. */
export type TbxStructureState = { problems: Problem[]; sectionEnded: WeakSet<XmlElement>; termEnded: WeakSet<XmlElement> };

export function newTbxStructureState(problems: Problem[]): TbxStructureState {
  return { problems, sectionEnded: new WeakSet(), termEnded: new WeakSet() };
}

export function checkTbxElement(el: XmlElement, isCore: (el: XmlElement) => boolean, state: TbxStructureState): void {
  if (!isCore(el)) return;
  const name = el.localName;
  const parent = el.parentNode;
  if (!parent) return;
  const allowed = PARENTS[name];
  if (allowed && !(isCore(parent) && allowed.includes(parent.localName))) {
    state.problems.push(structureProblem(el, `${name}.placement`, `<${name}> may not stand in <${parent.nodeName}>; it belongs in ${allowed.map((p) => `<${p}>`).join(" or ")}.`));
    return;
  }
  if (SECTIONS.has(name)) {
    state.sectionEnded.add(parent);
    return;
  }
  if (name === "term") {
    state.termEnded.add(parent);
    return;
  }
  // A data category after a nested section of its parent (e.g. a concept note after a langSec)
  // belongs to no level a reader can tell: refused rather than attached to the wrong one.
  if (state.sectionEnded.has(parent)) {
    state.problems.push(structureProblem(el, `${parent.localName}.order`, `<${el.nodeName}> comes after a section of its <${parent.localName}>; data categories come first.`));
  }
  // In a term section the term comes first (TBX Core).
  if ((parent.localName === "termSec" || parent.localName === "tig") && !state.termEnded.has(parent)) {
    state.problems.push(structureProblem(el, `${parent.localName}.order`, `<${el.nodeName}> comes before the <term> of its <${parent.localName}>.`));
  }
}

function structureProblem(el: XmlElement, rule: string, message: string): Problem {
  return { code: "TBX_STRUCTURE", rule: `tbx:${rule}`, message, ...getNodeLocation(el), path: getElementPath(el) };
}
