// The instant lookup behind the global search box and GET /api/v1/terms: terms whose folded
// text starts with the query, or has a word starting with it, across all locales (or one).
// Prefix hits use the (locale, searchText text_pattern_ops) b-tree per locale;
// hits inside multi-word terms use the locale-tagged word index (term_inner_words, see
// prisma/migrations/20261122180000_term_inner_words). Both stay fast with 100,000 terms.
import { getDb, queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { termWhereForActor, visibleMarketIds } from "@/lib/permissions/termbase";
import { queryTermLocales } from "./query-term-locales";
import { escapeLike, toSearchText } from "./search-text";
import { termSelect } from "./term-snapshot";
import { lookupSchema, type LookupInput } from "./termbase.schemas";

export type LookupHit = {
  termId: string;
  conceptId: string;
  term: string;
  locale: string;
  status: "preferred" | "admitted" | "deprecated" | "forbidden";
  doNotTranslate: boolean;
  caseSensitive: boolean;
  marketId: string | null;
  marketCode: string | null;
};

type Row = {
  id: string;
  conceptId: string;
  text: string;
  searchText: string;
  locale: string;
  status: LookupHit["status"];
  doNotTranslate: boolean;
  caseSensitive: boolean;
  marketId: string | null;
};

/** term_inner_words() cuts words to this many characters in texts over 2,000 bytes. */
const INNER_WORD_MAX_CHARS = 100;

/**
 * The tsquery for terms with a word after their first one that starts with the query (a query of
 * several words: whose first word is a whole word there), in any of `locales`. Only narrows the
 * candidates: the caller rechecks each with LIKE '% query%'.
 */
export function innerWordsQuery(locales: readonly string[], folded: string): string {
  const firstWord = Array.from(folded.split(" ")[0]!);
  const word = firstWord.slice(0, INNER_WORD_MAX_CHARS).join("");
  const isPrefix = !folded.includes(" ") || firstWord.length > INNER_WORD_MAX_CHARS;
  // Quoted tsquery lexemes are taken as written; only quote and backslash are escaped (doubled).
  return locales
    .map((locale) => `'${`${locale}|${word}`.replace(/['\\]/g, (c) => c + c)}'${isPrefix ? ":*" : ""}`)
    .join(" | ");
}

export async function lookupTerms(actor: Actor, input: LookupInput): Promise<LookupHit[]> {
  const { q, locale, limit } = lookupSchema.parse(input);
  const folded = toSearchText(q);
  if (!folded) return [];
  const like = escapeLike(folded);
  const markets = visibleMarketIds(actor);
  const marketFilter =
    markets === null ? Prisma.empty : Prisma.sql`AND (t."marketId" IS NULL OR t."marketId" = ANY(${markets}::text[]))`;
  // Not cached: a locale a write just added must be looked up at once, on every instance, and
  // the loose index scan costs one index probe per locale.
  const all = await queryTermLocales(await getDb());
  const locales = locale ? all.filter((l) => l.toLowerCase() === locale.toLowerCase()) : all;
  if (locales.length === 0) return [];
  const columns = Prisma.sql`t."id", t."conceptId", t."text", t."searchText", t."locale", t."status", t."doNotTranslate", t."caseSensitive", t."marketId"`;
  // Whole-term prefix hits: per locale, an ordered b-tree range scan that stops after `limit`
  // rows (text_pattern_ops order), so even one-letter queries touch few rows.
  const prefix = await queryRows<Row>(Prisma.sql`
    SELECT h.* FROM unnest(${locales}::text[]) AS l(locale)
    CROSS JOIN LATERAL (
      SELECT ${columns} FROM "Term" t
      WHERE t."locale" = l.locale AND t."searchText" LIKE ${like + "%"} ${marketFilter}
      ORDER BY t."searchText" USING ~<~
      LIMIT ${limit}
    ) h`);
  prefix.sort((a, b) => Number(b.searchText === folded) - Number(a.searchText === folded) || byLength(a, b));
  let rows = prefix.slice(0, limit);
  // Words inside multi-word terms, for queries of two characters or more: candidates from the
  // locale-tagged word index (partial: terms with a space), rechecked with LIKE. A second statement only when needed: one
  // statement with both parts measured slower (its planning costs more than a round trip).
  if (rows.length < limit && folded.length >= 2) {
    // MATERIALIZED: planned for all matches, so the word index is used and still read lazily up
    // to the LIMIT; planned with the LIMIT, PostgreSQL may pick a scan that reads every term.
    const inner = await queryRows<Row>(Prisma.sql`
      WITH m AS MATERIALIZED (
        SELECT ${columns} FROM "Term" t
        WHERE strpos(t."searchText", ' ') > 0
          AND "term_inner_words"(t."locale", t."searchText") @@ ${innerWordsQuery(locales, folded)}::tsquery ${marketFilter}
      )
      SELECT * FROM m WHERE m."searchText" LIKE ${"% " + like + "%"} LIMIT ${limit * 3}`);
    const seen = new Set(rows.map((r) => r.id));
    inner.sort(byLength);
    rows = rows.concat(inner.filter((r) => !seen.has(r.id))).slice(0, limit);
  }
  const marketIds = [...new Set(rows.flatMap((r) => (r.marketId ? [r.marketId] : [])))];
  const codeOf = new Map<string, string>();
  if (marketIds.length > 0) {
    const db = await getDb();
    const found = await db.market.findMany({ where: { id: { in: marketIds } }, select: { id: true, code: true } });
    for (const m of found) codeOf.set(m.id, m.code);
  }
  return rows.map((r) => ({
    termId: r.id,
    conceptId: r.conceptId,
    term: r.text,
    locale: r.locale,
    status: r.status,
    doNotTranslate: r.doNotTranslate,
    caseSensitive: r.caseSensitive,
    marketId: r.marketId,
    marketCode: r.marketId ? (codeOf.get(r.marketId) ?? null) : null,
  }));
}

function byLength(a: Row, b: Row): number {
  return a.text.length - b.text.length || a.text.localeCompare(b.text);
}

/** Lookup hits grouped by concept, each with its renderings in every locale (for the search box). */
export async function lookupConcepts(actor: Actor, input: LookupInput) {
  const hits = await lookupTerms(actor, { ...input, limit: input.limit ?? 12 });
  const conceptIds = [...new Set(hits.map((h) => h.conceptId))];
  if (conceptIds.length === 0) return [];
  const db = await getDb();
  const [concepts, markets] = await Promise.all([
    db.concept.findMany({
      where: { id: { in: conceptIds } },
      select: {
        id: true,
        subject: true,
        definition: true,
        terms: { where: termWhereForActor(actor), select: termSelect, orderBy: [{ locale: "asc" }, { status: "asc" }] },
      },
    }),
    db.market.findMany({ select: { id: true, code: true } }),
  ]);
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  return conceptIds.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    return [
      {
        conceptId: c.id,
        subject: c.subject,
        definition: c.definition,
        matched: hits.filter((h) => h.conceptId === id).map((h) => h.termId),
        terms: c.terms.map((t) => ({
          termId: t.id,
          term: t.text,
          locale: t.locale,
          status: t.status,
          doNotTranslate: t.doNotTranslate,
          marketCode: t.marketId ? (codeOf.get(t.marketId) ?? null) : null,
          backTranslation: t.backTranslation,
        })),
      },
    ];
  });
}
