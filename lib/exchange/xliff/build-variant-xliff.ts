// Turns a variant (its blocks, source and current target) into the neutral XLIFF model:
// one file per variant (original = variant id), one group per touchpoint, one unit per text
// block. Placeholders become inline codes so CAT tools protect them; locked blocks are
// marked not translatable; the unit state follows the block's progress and the variant's state.
import { contentVersionNote, variantVersionNote } from "./export-markers";
import { icuToInline } from "./icu-to-inline";
import { variantUnitId } from "./variant-unit-id";
import type { XliffDocument, XliffUnit } from "./xliff.types";

export interface XliffVariantInput {
  id: string;
  locale: string;
  state: string;
  /** The variant version the file is made from (written as a note; see export-markers). */
  version?: number;
  market: { code: string; name: string };
  campaign: { id: string; name: string; sourceLocale: string };
  blocks: Array<{
    targetText: string;
    omitted: boolean;
    contentVersion?: number;
    block: {
      id: string;
      key: string;
      type: string;
      policy: string;
      sourceText: string;
      maxLength: number | null;
      notes: string;
      sourceVersion: number;
      touchpoint: { id: string; name: string; channel: string };
    };
  }>;
}

export type ExportXliffVersion = "1.2" | "2.0";

function unitState(version: ExportXliffVersion, variantState: string, target: string): string {
  const done = variantState === "approved" || variantState === "published";
  if (version === "1.2") {
    if (!target) return "new";
    if (variantState === "published") return "final";
    return done ? "signed-off" : "translated";
  }
  if (!target) return "initial";
  if (variantState === "published") return "final";
  return done ? "reviewed" : "translated";
}

export function buildVariantXliff(variant: XliffVariantInput, version: ExportXliffVersion): XliffDocument {
  const units: XliffUnit[] = [];
  for (const vb of variant.blocks) {
    const b = vb.block;
    if (b.type === "image") continue;
    const locked = b.policy === "locked";
    const target = locked ? b.sourceText : vb.targetText;
    const notes = [`${b.touchpoint.name} (${b.touchpoint.channel}) · ${b.key} · ${b.type} · ${b.policy}`];
    if (b.notes.trim()) notes.push(b.notes.trim());
    if (vb.omitted) notes.push("Omitted in this market.");
    if (vb.contentVersion !== undefined) notes.push(contentVersionNote(vb.contentVersion));
    units.push({
      id: variantUnitId(b.id, b.sourceVersion),
      resname: b.key,
      translate: !locked,
      state: unitState(version, variant.state, target),
      maxLength: b.maxLength ?? undefined,
      notes,
      source: icuToInline(b.sourceText),
      target: target ? icuToInline(target) : [],
      groups: [`tp-${b.touchpoint.id}`],
      line: 0,
      column: 0,
      path: "",
    });
  }
  return {
    version,
    srcLang: variant.campaign.sourceLocale,
    trgLang: variant.locale,
    files: [
      {
        id: variant.id,
        original: variant.id,
        notes: [
          `${variant.campaign.name} — ${variant.market.name} (${variant.market.code}, ${variant.locale})`,
          ...(variant.version !== undefined ? [variantVersionNote(variant.version)] : []),
        ],
        units,
      },
    ],
  };
}
