// The existing concepts a termbase import merges into: by externalId (or a Meridian id from a
// previous export), else by an identical term (text + locale, locale compared
// case-insensitively). Each concept comes with all its terms, in one joined query.
import type { RawSql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryTermLocales } from "./query-term-locales";
import type { ConceptInput } from "./tbx/termbase-exchange.types";
import type { TbxExtra } from "./tbx/tbx-extra";
import type { TermRow } from "./term-snapshot";

export type ExistingTerm = TermRow & { conceptId: string; extra: TbxExtra | null };

export type ExistingConcept = {
  id: string;
  externalId: string | null;
  subject: string | null;
  definition: string | null;
  note: string | null;
  extra: TbxExtra | null;
  terms: ExistingTerm[];
};

export type ImportMatches = { byExternalId: Map<string, ExistingConcept>; byTerm: Map<string, ExistingConcept> };

/** The key of `byTerm`: an incoming term's locale (lower case) and exact text. */
export const termMatchKey = (locale: string, text: string) => `${locale.toLowerCase()}\u0000${text}`;

const PROBES_PER_QUERY = 20_000;

type Row = Omit<ExistingTerm, "id" | "conceptId" | "locale" | "text" | "status" | "doNotTranslate" | "caseSensitive"> & {
  id: string;
  externalId: string | null;
  subject: string | null;
  definition: string | null;
  note: string | null;
  conceptExtra: TbxExtra | null;
  termId: string | null;
  locale: string | null;
  text: string | null;
  status: string | null;
  doNotTranslate: boolean | null;
  caseSensitive: boolean | null;
};

function toConcepts(rows: Row[]): Map<string, ExistingConcept> {
  const out = new Map<string, ExistingConcept>();
  for (const r of rows) {
    let concept = out.get(r.id);
    if (!concept) {
      concept = { id: r.id, externalId: r.externalId, subject: r.subject, definition: r.definition, note: r.note, extra: r.conceptExtra, terms: [] };
      out.set(r.id, concept);
    }
    if (r.termId === null) continue;
    concept.terms.push({
      id: r.termId,
      conceptId: r.id,
      locale: r.locale!,
      text: r.text!,
      status: r.status!,
      doNotTranslate: r.doNotTranslate!,
      caseSensitive: r.caseSensitive!,
      partOfSpeech: r.partOfSpeech,
      usageNote: r.usageNote,
      backTranslation: r.backTranslation,
      marketId: r.marketId,
      extra: r.extra,
    });
  }
  return out;
}

const conceptColumns = Prisma.raw(`c."id", c."externalId", c."subject", c."definition", c."note", c."extra" AS "conceptExtra", t."extra",
  t."id" AS "termId", t."locale", t."text", t."status"::text AS "status", t."doNotTranslate", t."caseSensitive",
  t."partOfSpeech", t."usageNote", t."backTranslation", t."marketId"`);

export async function findImportMatches(tx: RawSql, concepts: readonly ConceptInput[], searchTextOf: (text: string) => string): Promise<ImportMatches> {
  const byExternalId = new Map<string, ExistingConcept>();
  const byTerm = new Map<string, ExistingConcept>();
  // One object per concept, however it matched: merges of several file concepts see each other.
  const byId = new Map<string, ExistingConcept>();

  const ids = [...new Set(concepts.map((c) => c.externalId).filter((v): v is string => !!v))];
  for (let i = 0; i < ids.length; i += PROBES_PER_QUERY) {
    const part = ids.slice(i, i + PROBES_PER_QUERY);
    // Index probes on the externalId unique index and the primary key; most files match nothing.
    const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
      WITH hit AS (SELECT c."id" FROM "Concept" c WHERE c."externalId" = ANY(${part}::text[])
                   UNION SELECT c."id" FROM "Concept" c WHERE c."id" = ANY(${part}::text[]))
      SELECT ${conceptColumns} FROM hit JOIN "Concept" c ON c."id" = hit."id" LEFT JOIN "Term" t ON t."conceptId" = c."id"`);
    const wanted = new Set(part);
    for (const c of toConcepts(rows).values()) {
      byId.set(c.id, c);
      byExternalId.set(c.externalId && wanted.has(c.externalId) ? c.externalId : c.id, c);
    }
  }

  // Identical terms: one join per chunk on the (locale, searchText) b-tree — the folded text is
  // implied by the text — sending only locale and folded text; the exact text is compared here.
  const dbLocales = await queryTermLocales(tx);
  const localesByLower = new Map<string, string[]>();
  for (const locale of dbLocales) localesByLower.set(locale.toLowerCase(), [...(localesByLower.get(locale.toLowerCase()) ?? []), locale]);
  const wanted = new Set<string>();
  const probes = new Map<string, [string, string]>();
  for (const c of concepts) {
    if (c.externalId && byExternalId.has(c.externalId)) continue;
    for (const t of c.terms) {
      const locales = localesByLower.get(t.locale.toLowerCase());
      if (!locales) continue;
      wanted.add(termMatchKey(t.locale, t.text));
      const searchText = searchTextOf(t.text);
      for (const locale of locales) probes.set(`${locale}\u0000${searchText}`, [locale, searchText]);
    }
  }
  const all = [...probes.values()];
  for (let i = 0; i < all.length; i += PROBES_PER_QUERY) {
    const part = all.slice(i, i + PROBES_PER_QUERY);
    // json_to_recordset, not unnest of two arrays: the planner assumes 100 probe rows and takes one
    // index probe per row; with unnest's exact count it sorted the whole Term table for a merge
    // join, three times slower.
    const json = JSON.stringify(part.map(([l, s]) => ({ l, s })));
    const terms = await tx.$queryRaw<{ locale: string; text: string; conceptId: string }[]>(Prisma.sql`
      SELECT t."locale", t."text", t."conceptId"
      FROM json_to_recordset(${json}::json) AS r("l" text, "s" text)
      JOIN "Term" t ON t."locale" = r."l" AND t."searchText" = r."s"`);
    const hits = terms.filter((t) => wanted.has(termMatchKey(t.locale, t.text)) && !byTerm.has(termMatchKey(t.locale, t.text)));
    if (hits.length === 0) continue;
    const conceptIds = [...new Set(hits.map((t) => t.conceptId))].filter((id) => !byId.has(id));
    for (let j = 0; j < conceptIds.length; j += PROBES_PER_QUERY) {
      const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
        SELECT ${conceptColumns} FROM "Concept" c LEFT JOIN "Term" t ON t."conceptId" = c."id"
        WHERE c."id" = ANY(${conceptIds.slice(j, j + PROBES_PER_QUERY)}::text[])`);
      for (const [id, c] of toConcepts(rows)) byId.set(id, c);
    }
    for (const t of hits) {
      const key = termMatchKey(t.locale, t.text);
      if (!byTerm.has(key)) byTerm.set(key, byId.get(t.conceptId)!);
    }
  }
  return { byExternalId, byTerm };
}
