// Imports a vendor's XLIFF back into the variant it was exported from. Everything is checked
// first — language, file, unit ids, source versions, locked blocks, placeholders — and every
// problem is reported by unit id; only a clean file is written, as one normal edit
// (saveVariantBlocks: history, checker findings, version conflict rules) in one transaction:
// one save of all the file's edits, so one version and one history record. The variant is read
// once (the save reuses the planning copy) and the checker's data before the transaction opens.
import type { z } from "zod";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, versionConflict } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canEverImportVariantXliff, canImportVariantXliff } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";
import { checkVariant, loadVariant, type LoadedVariant } from "@/lib/variants/load-variant";
import { loadCheckData } from "@/lib/variants/check-variant-text";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { importVariantXliffSchema, type ImportProblem } from "./exchange.schemas";
import { readContentVersion, readVariantVersion } from "./xliff/export-markers";
import { icuToInline } from "./xliff/icu-to-inline";
import { inlineToIcu } from "./xliff/inline-to-icu";
import { isBlank } from "./xliff/is-blank";
import { parseXliffAsync } from "./xliff/parse-xliff";
import { parseVariantUnitId } from "./xliff/variant-unit-id";
import type { XliffDocument } from "./xliff/xliff.types";

export interface XliffImportReport {
  variantId: string;
  version: number;
  units: number;
  updated: number;
  unchanged: number;
  untranslated: number;
  errorCount: number;
  warningCount: number;
  /** Set when a valid file held nothing to import (no translation units): said, not refused. */
  notice?: { code: "XLIFF_NO_UNITS"; message: string };
}

function sameLanguage(a: string, b: string): boolean {
  return a.trim().toLowerCase().replace(/_/g, "-") === b.trim().toLowerCase().replace(/_/g, "-");
}

/** Checks a parsed document against the variant; returns the edits to make and every problem. */
export function planXliffImport(doc: XliffDocument, variant: LoadedVariant) {
  const problems: ImportProblem[] = [];
  const edits: Array<{ blockId: string; target: string }> = [];
  let units = 0;
  let unchanged = 0;
  let untranslated = 0;
  const byBlock = new Map(variant.blocks.map((vb) => [vb.blockId, vb]));
  const seen = new Set<string>();

  const docTrg = doc.trgLang;
  for (const file of doc.files) {
    const trg = file.trgLang ?? docTrg;
    if (trg && !sameLanguage(trg, variant.locale)) {
      problems.push({ code: "XLIFF_WRONG_LANGUAGE", message: `The file's target language is "${trg}"; this variant is "${variant.locale}".` });
    }
    if (file.original && file.original !== variant.id) {
      problems.push({ code: "XLIFF_WRONG_VARIANT", message: `The file was exported from another variant ("${file.original}").` });
    }
    for (const unit of file.units) {
      units++;
      const where = { unitId: unit.id, line: unit.line || undefined, column: unit.column || undefined };
      const ref = parseVariantUnitId(unit.id);
      const vb = ref ? byBlock.get(ref.blockId) : undefined;
      if (!ref || !vb) {
        problems.push({ ...where, code: "UNIT_UNKNOWN", message: `No block of this variant has the unit id "${unit.id}".` });
        continue;
      }
      if (seen.has(vb.blockId)) {
        problems.push({ ...where, code: "UNIT_DUPLICATE", message: "The block appears twice in the file." });
        continue;
      }
      seen.add(vb.blockId);
      if (isBlank(unit.target)) {
        untranslated++;
        continue;
      }
      if (unit.untranslatedSegments) {
        problems.push({
          ...where,
          code: "UNIT_PARTLY_TRANSLATED",
          message: `${unit.untranslatedSegments} segment(s) of this unit have no translation: translate all of them, or none to keep the current text.`,
        });
        continue;
      }
      const reference = icuToInline(vb.block.sourceText);
      const restored = inlineToIcu(unit.target!, { reference });
      if (vb.block.policy === "locked") {
        if (!restored.ok || restored.text !== vb.block.sourceText) {
          problems.push({ ...where, code: "UNIT_LOCKED", message: "This block is locked: its text stays as HQ wrote it." });
        } else unchanged++;
        continue;
      }
      if (ref.sourceVersion !== vb.block.sourceVersion) {
        problems.push({
          ...where,
          code: "UNIT_SOURCE_OUTDATED",
          message: `The unit was translated from source version ${ref.sourceVersion}; the source is now at version ${vb.block.sourceVersion}. Export again.`,
        });
        continue;
      }
      if (!restored.ok) {
        for (const p of restored.problems) {
          const code = p.code === "ICU_MISSING_CODE" ? "PLACEHOLDER_MISSING" : p.code === "ICU_UNKNOWN_CODE" ? "PLACEHOLDER_EXTRA" : "ICU_SYNTAX";
          problems.push({ ...where, code, message: p.message });
        }
        continue;
      }
      if (restored.text === vb.targetText) unchanged++;
      else if (changedSinceExport(unit.notes, vb.contentVersion)) {
        problems.push({
          ...where,
          code: "UNIT_CHANGED_SINCE_EXPORT",
          message: `The block "${vb.block.key}" was edited in the workspace after this file was exported; importing would overwrite that edit. Export again, or copy the change by hand.`,
        });
      } else edits.push({ blockId: vb.blockId, target: restored.text });
    }
  }
  // A valid file without translation units (only <bin-unit>s, empty <file>s) is answered with a
  // report saying so, not refused: nothing in it was wrong, there was just nothing to take.
  return { problems, edits, units, unchanged, untranslated };
}

/** A unit marked with the content version it was exported at, whose block changed since. */
function changedSinceExport(notes: readonly string[], contentVersion: number): boolean {
  const exported = readContentVersion(notes);
  return exported !== undefined && exported !== contentVersion;
}

/** The variant version a marked file was exported from (null for files of other tools). */
export function exportedVersion(doc: XliffDocument): number | null {
  for (const file of doc.files) {
    const version = readVariantVersion(file.notes);
    if (version !== undefined) return version;
  }
  return null;
}

function refused(problems: ImportProblem[]): AppError {
  return new AppError("XLIFF_IMPORT_REFUSED", {
    status: 422,
    message: `The file was not imported: ${problems.length} problem(s)`,
    details: { problems },
  });
}

const authorize = (actor: Actor): void => requireAllowed(canEverImportVariantXliff(actor));

/** The object check alone (this variant, editable by this actor): routes call it before reading the body. */
async function authorizeVariant(actor: Actor, variantId: string, tx?: Db): Promise<void> {
  await checkVariant(actor, variantId, "edit", tx ?? (await getDb()));
}

async function importXliff(actor: Actor, raw: z.input<typeof importVariantXliffSchema>, tx?: Db): Promise<XliffImportReport> {
  authorize(actor);
  const input = importVariantXliffSchema.parse(raw);
  // Up to MAX_IMPORT_MB of XML is parsed only for a caller who may edit this variant.
  await authorizeVariant(actor, input.variantId, tx);
  const parsed = await parseXliffAsync(input.file, { maxBytes: env().MAX_IMPORT_MB * 1024 * 1024 });
  // The cached loaders use the shared client, which an open PGlite transaction would block; in a
  // caller's transaction the saves read it through that transaction instead.
  const checkData = parsed.ok && !tx ? await loadCheckData() : undefined;
  const run = async (db: Db): Promise<XliffImportReport> => {
    const variant = await loadVariant(actor, input.variantId, "edit", db);
    requireAllowed(canImportVariantXliff(actor, variant));
    if (!parsed.ok) {
      throw refused(parsed.problems.map((p) => ({ code: p.code, message: p.message, line: p.line, column: p.column, path: p.path, rule: p.rule })));
    }
    const plan = planXliffImport(parsed.doc, variant);
    // Units edited in the workspace since the export are a conflict (409), never overwritten;
    // the whole file is refused (imports are all-or-nothing), every problem listed.
    if (plan.problems.some((p) => p.code === "UNIT_CHANGED_SINCE_EXPORT")) {
      throw versionConflict({ yours: exportedVersion(parsed.doc), current: variant.version }, { problems: plan.problems });
    }
    if (plan.problems.length > 0) throw refused(plan.problems);
    if (plan.edits.length > 0) {
      // The save updates `variant` (version, counts) for the report.
      await saveVariantBlocks(actor, { variantId: variant.id, version: variant.version, blocks: plan.edits }, db, { checkData, variant, imported: true });
    }
    return {
      variantId: variant.id,
      version: variant.version,
      units: plan.units,
      updated: plan.edits.length,
      unchanged: plan.unchanged,
      untranslated: plan.untranslated,
      errorCount: variant.errorCount,
      warningCount: variant.warningCount,
      ...(plan.units === 0 ? { notice: { code: "XLIFF_NO_UNITS" as const, message: "The file is valid XLIFF but holds no translation units; nothing was imported." } } : {}),
    };
  };
  return withTransaction(tx, run, { timeout: 300_000, maxWait: 30_000 });
}

/**
 * The operation contract written out: the file is parsed and the checker's data loaded between
 * the permission checks and the transaction (a PGlite transaction holds the one connection).
 */
export const importVariantXliff = Object.assign(importXliff, {
  operationName: "variant.importXliff",
  input: importVariantXliffSchema,
  authorize,
  authorizeVariant,
});
