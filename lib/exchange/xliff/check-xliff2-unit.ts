// XLIFF 2.x core constraints inside one <unit> (issue 16): segments and their sources, id
// uniqueness, original data references, and the pairing of spanning codes and markers. Run at the
// unit's end tag, with the whole unit in the tree. Problems are XLIFF_INVALID naming the rule.
import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { checkUniqueIds, childElements, invalid } from "./check-xliff2-structure";
import type { XliffProblem } from "./xliff.types";

type State = { ns: string | null; problems: XliffProblem[] };

const INLINE_CODES = new Set(["ph", "pc", "sc", "ec", "mrk", "sm", "em"]);
const CAN_ATTRIBUTES = ["canCopy", "canDelete", "canOverlap", "canReorder"] as const;

export function checkXliff2Unit(unit: XmlElement, state: State): void {
  const unitId = unit.getAttribute("id") ?? "";
  const at = (el: XmlElement, rule: string, message: string) => invalid(state, el, rule, `Unit "${unitId}": ${message}`);
  const core = childElements(unit).filter((c) => (c.namespaceURI || null) === state.ns);
  const parts = core.filter((c) => c.localName === "segment" || c.localName === "ignorable");
  if (!parts.some((p) => p.localName === "segment")) at(unit, "unit.segment", "a <unit> must hold at least one <segment>.");
  checkOrder(core, at);
  checkUniqueIds(parts, "segment.idUnique", state);

  const dataIds = new Set<string>();
  const originalData = core.find((c) => c.localName === "originalData");
  if (originalData) {
    const data = childElements(originalData).filter((d) => d.localName === "data");
    checkUniqueIds(data, "data.idUnique", state);
    for (const d of data) dataIds.add(d.getAttribute("id") ?? "");
  }

  const partIds = new Set(parts.map((p) => p.getAttribute("id")).filter((id): id is string => id !== null));
  const orders = new Set<string>();
  const sources: XmlElement[] = [];
  const targets: XmlElement[] = [];
  parts.forEach((part, index) => {
    const kids = childElements(part).filter((c) => (c.namespaceURI || null) === state.ns);
    const src = kids.filter((c) => c.localName === "source");
    const trg = kids.filter((c) => c.localName === "target");
    if (src.length !== 1) at(part, `${part.localName}.source`, `a <${part.localName}> must hold exactly one <source> (it has ${src.length}).`);
    if (trg.length > 1) at(part, `${part.localName}.target`, `a <${part.localName}> may hold one <target> at most.`);
    if (kids[0] && kids[0].localName !== "source") at(kids[0], `${part.localName}.order`, "<source> must come first.");
    sources.push(...src);
    targets.push(...trg);
    for (const t of trg) {
      // A target without order stands at its own segment's position.
      const order = t.getAttribute("order") ?? String(index + 1);
      if (!/^[1-9]\d*$/.test(order)) at(t, "target.order", `order="${order}" is not a positive integer.`);
      else if (orders.has(order)) at(t, "target.orderUnique", `order="${order}" is used by two targets (one of them by its position).`);
      orders.add(order);
      if (src[0] && inheritedSpace(src[0]) !== inheritedSpace(t)) {
        at(t, "target.xml:space", "<source> and <target> of one segment have different xml:space.");
      }
    }
  });
  const sourceCodes: XmlElement[] = [];
  for (const el of sources) collectInline(el, sourceCodes);
  checkInline(sourceCodes, "source", partIds, dataIds, !!originalData, at);
  if (targets.length === 0) return;
  const targetCodes: XmlElement[] = [];
  for (const el of targets) collectInline(el, targetCodes);
  checkInline(targetCodes, "target", partIds, dataIds, !!originalData, at);
  // A code the source says may not be deleted is in the translation (in any of its segments).
  const inTarget = new Set(targetCodes.map((c) => c.getAttribute("id") ?? c.getAttribute("startRef")));
  for (const code of sourceCodes) {
    const id = code.getAttribute("id") ?? code.getAttribute("startRef");
    if (code.getAttribute("canDelete") === "no" && !inTarget.has(id)) {
      at(code, "inline.canDelete", `<${code.localName} id="${id ?? ""}"> has canDelete="no" but is missing from the target.`);
    }
  }
}

/** Core children of a unit in the schema's order: notes?, originalData?, (segment|ignorable)+. */
function checkOrder(core: readonly XmlElement[], at: (el: XmlElement, rule: string, message: string) => void): void {
  const rank: Record<string, number> = { notes: 0, originalData: 1, segment: 2, ignorable: 2 };
  let last = -1;
  const counts = new Map<string, number>();
  for (const el of core) {
    const r = rank[el.localName];
    if (r === undefined) continue;
    if (r < last) at(el, `unit.order`, `<${el.localName}> is out of order (notes, originalData, then segments).`);
    last = Math.max(last, r);
    counts.set(el.localName, (counts.get(el.localName) ?? 0) + 1);
    if (r < 2 && counts.get(el.localName)! > 1) at(el, `unit.${el.localName}`, `a <unit> may hold one <${el.localName}> at most.`);
  }
}

function inheritedSpace(el: XmlElement): string {
  for (let n: XmlElement | null = el; n; n = n.parentNode) {
    const space = n.getAttribute("xml:space");
    if (space !== null) return space;
  }
  return "default";
}

function collectInline(el: XmlElement, out: XmlElement[]): void {
  for (const c of childElements(el)) {
    if (INLINE_CODES.has(c.localName)) out.push(c);
    collectInline(c, out);
  }
}

function checkInline(
  codes: readonly XmlElement[],
  side: string,
  partIds: ReadonlySet<string>,
  dataIds: ReadonlySet<string>,
  hasOriginalData: boolean,
  at: (el: XmlElement, rule: string, message: string) => void,
): void {
  if (codes.length === 0) return;
  const ids = new Set<string>();
  const openSc = new Map<string, XmlElement>();
  const openSm = new Map<string, XmlElement>();
  const closedSc = new Set<string>();
  for (const el of codes) {
    const name = el.localName;
    const id = el.getAttribute("id");
    if (id !== null) {
      if (ids.has(id) || partIds.has(id)) at(el, "inline.idUnique", `id "${id}" of <${name}> in the ${side} is not unique in the unit.`);
      ids.add(id);
    }
    for (const attr of ["dataRef", "dataRefStart", "dataRefEnd"]) {
      const ref = el.getAttribute(attr);
      if (ref === null) continue;
      if (!hasOriginalData) at(el, "inline.dataRef", `${attr}="${ref}" on <${name}>, but the unit has no <originalData>.`);
      else if (!dataIds.has(ref)) at(el, "inline.dataRef", `${attr}="${ref}" on <${name}> names no <data> of the unit.`);
    }
    const copyOf = el.getAttribute("copyOf");
    if (copyOf !== null && (el.getAttribute("dataRef") ?? el.getAttribute("dataRefStart")) !== null) {
      at(el, "inline.copyOf", `<${name}> has both copyOf and original data.`);
    } else if (copyOf !== null) {
      const original = codes.find((c) => c !== el && c.getAttribute("id") === copyOf);
      if (!original) at(el, "inline.copyOf", `copyOf="${copyOf}" on <${name}> names no code of the unit.`);
      // A copy of a code its writer marked canCopy="no" is what that mark forbids.
      else if (original.getAttribute("canCopy") === "no") at(el, "inline.copyOf", `copyOf="${copyOf}" on <${name}> copies a code marked canCopy="no".`);
    }
    if ((name === "ph" || name === "pc" || name === "sc" || name === "sm") && id === null) at(el, `${name}.id`, `<${name}> has no id.`);
    if (name === "sc") {
      if (id !== null) openSc.set(id, el);
    } else if (name === "ec") {
      const isolated = el.getAttribute("isolated") === "yes";
      const startRef = el.getAttribute("startRef");
      if (isolated) {
        if (startRef !== null) at(el, "ec.isolated", "an isolated <ec> has a startRef; it needs an id instead.");
        if (id === null) at(el, "ec.isolated", "an isolated <ec> has no id.");
      } else if (startRef === null) {
        at(el, "ec.startRef", `a non-isolated <ec> has no startRef${id !== null ? " (it has an id; isolated=\"yes\" missing?)" : ""}.`);
      } else if (!openSc.has(startRef)) {
        at(el, "ec.startRef", closedSc.has(startRef) ? `<ec startRef="${startRef}"> closes a code already closed.` : `<ec startRef="${startRef}"> comes before its <sc> or has none.`);
      } else {
        const sc = openSc.get(startRef)!;
        openSc.delete(startRef);
        closedSc.add(startRef);
        if (sc.getAttribute("isolated") === "yes") at(sc, "sc.isolated", `<sc id="${startRef}"> is marked isolated but its <ec> is in the unit.`);
        for (const can of CAN_ATTRIBUTES) {
          if ((sc.getAttribute(can) ?? "yes") !== (el.getAttribute(can) ?? "yes") && !(can === "canReorder" && sc.getAttribute(can) === "firstNo" && el.getAttribute(can) === "no")) {
            at(el, "ec.sameAsSc", `${can} of <ec startRef="${startRef}"> differs from its <sc>.`);
          }
        }
      }
    } else if (name === "sm") {
      if (id !== null) openSm.set(id, el);
    } else if (name === "em") {
      const startRef = el.getAttribute("startRef");
      if (startRef === null || !openSm.has(startRef)) at(el, "em.startRef", `<em startRef="${startRef ?? ""}"> has no <sm> before it.`);
      else openSm.delete(startRef);
    }
  }
  for (const [id, sc] of openSc) {
    if (sc.getAttribute("isolated") !== "yes") at(sc, "sc.isolated", `<sc id="${id}"> has no <ec> in the unit and is not marked isolated="yes".`);
  }
  for (const [id, sm] of openSm) at(sm, "sm.em", `<sm id="${id}"> has no <em> in the unit.`);
}
