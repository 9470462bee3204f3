// Turns any XLIFF document into a campaign definition: each file (and its top-level group)
// becomes a touchpoint, each unit a block (key from resname/name/id, notes, size limit; units
// marked translate="no" become locked blocks).
import type { XliffDocument } from "../xliff/xliff.types";
import { inlinesToIcuSource } from "./to-icu-source";
import { blockKeyFrom, chunkTouchpoint, type DraftTouchpoint } from "./draft-definition";

export function xliffToTouchpoints(doc: XliffDocument): DraftTouchpoint[] {
  const touchpoints = new Map<string, DraftTouchpoint>();
  for (const file of doc.files) {
    for (const unit of file.units) {
      const group = unit.groups[0];
      const id = `${file.id}\u0000${group ?? ""}`;
      let tp = touchpoints.get(id);
      if (!tp) {
        const fileName = file.original ?? file.id;
        tp = { name: group ? `${fileName} / ${group}` : fileName, blocks: [], keys: new Set() };
        touchpoints.set(id, tp);
      }
      const prefix = unit.groups.slice(1).join(".");
      tp.blocks.push({
        key: blockKeyFrom(tp.keys, [prefix, unit.resname ?? unit.name ?? unit.id].filter(Boolean).join(".")),
        type: "body",
        policy: unit.translate ? "translate" : "locked",
        source: inlinesToIcuSource(unit.source),
        maxLength: unit.maxLength && unit.maxLength > 0 ? unit.maxLength : undefined,
        notes: unit.notes.join("\n").slice(0, 4000) || undefined,
        origin: { unitId: unit.id, line: unit.line, column: unit.column },
      });
    }
  }
  return [...touchpoints.values()].flatMap(chunkTouchpoint);
}
