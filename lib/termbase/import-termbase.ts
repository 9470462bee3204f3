// All-or-nothing termbase import. Everything is parsed and validated first; any problem
// answers IMPORT_INVALID with every problem (line or element) and writes nothing. Otherwise
// one transaction creates new concepts and merges matched ones: a concept matches by
// externalId (or a Meridian id from a previous export), else by an identical term (text +
// locale). Matched concepts gain new terms and updated attributes; nothing is deleted.
// The whole file is planned in memory first; the writes are then a few set-based statements
// per 5,000 rows (write-import-rows.ts), not one per concept or term.
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, rawTransaction, type RawSql } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { defineOperation } from "@/lib/operations/define-operation";
import { requireAllowed } from "@/lib/permissions/require";
import { canImportTermbase } from "@/lib/permissions/termbase";
import { canManageMarkets } from "@/lib/permissions/workspace";
import { createMissingMarkets, findMissingMarkets, marketCodeOf, missingMarketProblem } from "./find-missing-markets";
import { findImportMatches, termMatchKey, type ExistingConcept, type ExistingTerm, type ImportMatches } from "./find-import-matches";
import { parseTermbaseFile } from "./parse-termbase-file";
import { toSearchText } from "./search-text";
import { sameExtra } from "./tbx/tbx-extra";
import type { ConceptInput, Problem, TermInput } from "./tbx/termbase-exchange.types";
import { importTermbaseFileSchema, type TermbaseFormat } from "./termbase.schemas";
import { newId } from "@/lib/database/new-id";
import {
  insertImportedConcepts,
  insertImportedTerms,
  insertImportUpdateAudits,
  updateImportedConcepts,
  updateImportedTerms,
  type ImportAuditRow,
  type ImportTermRow,
  type ImportWriter,
} from "./write-import-rows";

export type ImportReport = {
  format: TermbaseFormat;
  concepts: number;
  created: number;
  updated: number;
  skipped: number;
  terms: { created: number; updated: number };
  /** Markets created for the file, at an admin's request (placeholders to complete: currency XXX, UTC). */
  marketsCreated?: string[];
  /** What was skipped without stopping the import (empty terms), the first 200. */
  warnings?: Problem[];
};

const MAX_TERM_LENGTH = 500;

const termKey = (locale: string, text: string, marketId: string | null | undefined) => `${locale.toLowerCase()}\u0000${text}\u0000${marketId ?? ""}`;

export const importTermbase = defineOperation({
  name: "termbase.import",
  input: importTermbaseFileSchema,
  // The role check runs before the file is read or parsed (up to MAX_IMPORT_MB).
  authorize: canImportTermbase,
  // The writes go through the driver in one raw transaction of their own (rawTransaction below).
  transaction: false,
  run: (ctx) => runImport(ctx.actor, ctx.input),
});

async function runImport(actor: Actor, input: z.output<typeof importTermbaseFileSchema>): Promise<ImportReport> {
  // Creating markets is an admin's decision, refused before the file is read.
  if (input.createMissingMarkets) requireAllowed(canManageMarkets(actor));
  const parsed = await parseTermbaseFile(input.format, input.content, { dropInvalidDialectFields: input.dropInvalidDialectFields });
  const problems: Problem[] = [...parsed.problems];
  const db = await getDb();

  let markets = await db.market.findMany({ select: { id: true, code: true } });
  // Markets named in the file but not here: one problem per market; an admin may have them created.
  const missing = findMissingMarkets(parsed.concepts, new Set(markets.map((m) => m.code.toUpperCase())));
  let marketsCreated: string[] = [];
  if (missing.length && input.createMissingMarkets && problems.length === 0 && missing.every((m) => m.creatable)) {
    marketsCreated = await createMissingMarkets(actor, missing);
    markets = await db.market.findMany({ select: { id: true, code: true } });
  } else problems.push(...missing.map(missingMarketProblem));
  const byCode = new Map(markets.map((m) => [m.code.toUpperCase(), m.id]));
  // TBX geographicalUsage is free text: a market code ("DE"), or often a locale ("de-DE"), whose
  // region then names the market.
  const marketIdOfCode = (code: string) => byCode.get(code.toUpperCase()) ?? byCode.get(marketCodeOf(code));
  parsed.concepts.forEach((concept, index) => {
    const where = concept.externalId ? `concept ${concept.externalId}` : `concept #${index + 1}`;
    for (const term of concept.terms) {
      if (term.text.length > MAX_TERM_LENGTH) {
        problems.push({ code: "IMPORT_TERM_TOO_LONG", message: `${where}: a ${term.locale} term is longer than ${MAX_TERM_LENGTH} characters.`, path: where });
      }
    }
  });
  if (problems.length === 0 && parsed.concepts.length === 0) {
    problems.push({ code: "IMPORT_EMPTY", message: "The file holds no concepts." });
  }
  if (problems.length > 0) {
    throw new AppError("IMPORT_INVALID", { message: `The file has ${problems.length} problem(s); nothing was imported`, details: problems });
  }

  const marketIdOf = (t: TermInput) => (t.marketCode ? marketIdOfCode(t.marketCode)! : null);
  // Folding is the costliest per-term step; the probe and the insert share one result.
  const folded = new Map<string, string>();
  const searchTextOf = (text: string) => {
    let value = folded.get(text);
    if (value === undefined) folded.set(text, (value = toSearchText(text)));
    return value;
  };
  // On the driver, not through Prisma: its statements carry megabytes of JSON (raw-transaction.ts).
  return rawTransaction(async (tx: RawSql) => {
    const existing = await findImportMatches(tx, parsed.concepts, searchTextOf);
    const plan = planImport(parsed.concepts, existing, { marketIdOf, searchTextOf });
    const report: ImportReport = { format: input.format, concepts: parsed.concepts.length, ...plan.counts, ...(parsed.warnings?.length ? { warnings: parsed.warnings.slice(0, 200) } : {}), ...(marketsCreated.length ? { marketsCreated } : {}) };
    const writer: ImportWriter = { actor: { id: actor.id, email: actor.email }, at: new Date().toISOString() };
    await insertImportedConcepts(tx, writer, plan.newConcepts);
    await insertImportedTerms(tx, writer, plan.newTerms);
    await updateImportedConcepts(tx, writer, plan.conceptUpdates);
    await updateImportedTerms(tx, writer, plan.termUpdates);
    await insertImportUpdateAudits(tx, writer, plan.audits);
    await recordAudit({ actor, action: "termbase.import", entityType: "termbase", meta: { ...report, fileName: input.fileName ?? null } }, tx);
    return report;
  });
}

type PlanHelpers = { marketIdOf: (t: TermInput) => string | null; searchTextOf: (text: string) => string };

/**
 * Decides every write in memory, in file order: later concepts of the same file see the changes
 * of earlier ones (a concept created earlier in the file is matched by its externalId).
 */
function planImport(concepts: readonly ConceptInput[], existing: ImportMatches, helpers: PlanHelpers) {
  const counts = { created: 0, updated: 0, skipped: 0, terms: { created: 0, updated: 0 } };
  const newConcepts: Array<{ concept: ExistingConcept; terms: number }> = [];
  const newTerms: ImportTermRow[] = [];
  const audits: ImportAuditRow[] = [];
  // Matched concepts that changed, with the concept fields to write; existing terms that changed.
  const touched = new Map<string, { concept: ExistingConcept; fields: Set<"subject" | "definition" | "note" | "extra"> }>();
  const changedTerms = new Map<string, { term: ExistingTerm; attrs: Set<(typeof ATTRS)[number] | "extra"> }>();
  // Concepts and terms created by this file: their queued rows already hold every later change.
  const pending = new Set<string>();

  for (const concept of concepts) {
    const match = existing.byExternalId.get(concept.externalId ?? "") ?? findByTerm(existing, concept);
    if (!match) {
      const created: ExistingConcept = {
        id: newId(),
        externalId: concept.externalId ?? null,
        subject: concept.subject ?? null,
        definition: concept.definition ?? null,
        note: concept.note ?? null,
        extra: concept.extra ?? null,
        terms: [],
      };
      const seen = new Set<string>();
      for (const t of concept.terms) {
        const marketId = helpers.marketIdOf(t);
        const key = termKey(t.locale, t.text, marketId);
        if (seen.has(key)) continue;
        seen.add(key);
        const row = termRow(newId(), created.id, t, marketId, helpers.searchTextOf);
        newTerms.push(row);
        created.terms.push(row);
        pending.add(row.id);
      }
      newConcepts.push({ concept: created, terms: seen.size });
      counts.created++;
      counts.terms.created += seen.size;
      // Later concepts of the same file may match this one by externalId.
      if (concept.externalId) {
        existing.byExternalId.set(concept.externalId, created);
        pending.add(created.id);
      }
      continue;
    }
    const changes = mergeConcept(match, concept, helpers);
    const isNew = pending.has(match.id);
    if (changes.total === 0) {
      if (!touched.has(match.id) && !isNew) counts.skipped++;
      continue;
    }
    if (!touched.has(match.id) && !isNew) counts.updated++;
    if (!isNew) {
      const entry = touched.get(match.id) ?? { concept: match, fields: new Set() };
      for (const field of changes.fields) entry.fields.add(field);
      touched.set(match.id, entry);
    }
    for (const row of changes.added) {
      newTerms.push(row);
      pending.add(row.id);
    }
    for (const { term, attrs } of changes.changed) {
      if (pending.has(term.id)) continue;
      const entry = changedTerms.get(term.id) ?? { term, attrs: new Set() };
      for (const attr of attrs) entry.attrs.add(attr);
      changedTerms.set(term.id, entry);
    }
    counts.terms.created += changes.added.length;
    counts.terms.updated += changes.changed.length;
    audits.push({ conceptId: match.id, before: changes.before, after: changes.after });
  }

  const pick = <T extends object, K extends keyof T>(row: T, keys: Set<K>) => Object.fromEntries([...keys].map((k) => [k, row[k]]));
  return {
    counts,
    newConcepts,
    newTerms,
    audits,
    conceptUpdates: [...touched.values()].map(({ concept, fields }) => ({ id: concept.id, set: pick(concept, fields) })),
    termUpdates: [...changedTerms.values()].map(({ term, attrs }) => ({ id: term.id, set: pick(term, attrs) })),
  };
}

function termRow(id: string, conceptId: string, t: TermInput, marketId: string | null, searchTextOf: (text: string) => string): ImportTermRow {
  return {
    id,
    conceptId,
    locale: t.locale,
    text: t.text,
    searchText: searchTextOf(t.text),
    status: t.status,
    doNotTranslate: t.doNotTranslate,
    caseSensitive: t.caseSensitive,
    partOfSpeech: t.partOfSpeech ?? null,
    usageNote: t.usageNote ?? null,
    backTranslation: t.backTranslation ?? null,
    marketId,
    extra: t.extra ?? null,
  };
}

function findByTerm(existing: ImportMatches, concept: ConceptInput): ExistingConcept | undefined {
  for (const t of concept.terms) {
    const hit = existing.byTerm.get(termMatchKey(t.locale, t.text));
    if (hit) return hit;
  }
  return undefined;
}

const ATTRS = ["status", "doNotTranslate", "caseSensitive", "partOfSpeech", "usageNote", "backTranslation"] as const;

/** Applies one file concept to a matched concept in memory and describes the change for the audit record. */
function mergeConcept(match: ExistingConcept, concept: ConceptInput, helpers: PlanHelpers) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const fields: Array<"subject" | "definition" | "note" | "extra"> = [];
  for (const field of ["subject", "definition", "note"] as const) {
    const incoming = concept[field];
    if (incoming && incoming !== match[field]) {
      before[field] = match[field];
      after[field] = incoming;
      match[field] = incoming;
      fields.push(field);
    }
  }
  // Kept TBX elements: a file that carries some replaces them; one that carries none keeps them.
  if (concept.extra?.length && !sameExtra(concept.extra, match.extra)) {
    before.extra = match.extra;
    after.extra = concept.extra;
    match.extra = concept.extra;
    fields.push("extra");
  }
  const byKey = new Map(match.terms.map((t) => [termKey(t.locale, t.text, t.marketId), t]));
  const added: ImportTermRow[] = [];
  const changed: Array<{ term: ExistingTerm; attrs: Array<(typeof ATTRS)[number] | "extra"> }> = [];
  const addedTerms: unknown[] = [];
  const changedTerms: unknown[] = [];
  for (const t of concept.terms) {
    const marketId = helpers.marketIdOf(t);
    const key = termKey(t.locale, t.text, marketId);
    const current = byKey.get(key);
    if (!current) {
      const row = termRow(newId(), match.id, t, marketId, helpers.searchTextOf);
      added.push(row);
      match.terms.push(row);
      byKey.set(key, row);
      addedTerms.push({ locale: t.locale, text: t.text, status: t.status, marketId });
      continue;
    }
    const diff: Record<string, unknown> = {};
    const was: Record<string, unknown> = {};
    for (const attr of ATTRS) {
      const incoming = attr === "status" || attr === "doNotTranslate" || attr === "caseSensitive" ? t[attr] : (t[attr] ?? null);
      // Optional text attributes absent from the file keep their current value.
      if (incoming === null) continue;
      if (incoming !== (current[attr] ?? null)) {
        diff[attr] = incoming;
        was[attr] = current[attr] ?? null;
      }
    }
    if (t.extra?.length && !sameExtra(t.extra, current.extra)) {
      diff.extra = t.extra;
      was.extra = current.extra;
    }
    const attrs = Object.keys(diff) as Array<(typeof ATTRS)[number] | "extra">;
    if (attrs.length === 0) continue;
    Object.assign(current, diff);
    changed.push({ term: current, attrs });
    changedTerms.push({ locale: t.locale, text: t.text, before: was, after: diff });
  }
  if (addedTerms.length) after.addedTerms = addedTerms;
  if (changedTerms.length) after.changedTerms = changedTerms;
  return { total: fields.length + added.length + changed.length, fields, added, changed, before, after };
}
