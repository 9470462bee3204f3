/**
 * In-memory termbase index. Built once (e.g. per termbase version) and shared
 * by every check.
 *
 * Layout, per language (primary subtag, so "de-DE" and "de" terms share one
 * table and normalization):
 *   first: first word-run of the folded term → distinct folded lengths (desc)
 *   entries: full folded term → terms with that text
 * Checking a text is then one hash lookup per word start plus a handful of
 * substring lookups, independent of the termbase size.
 *
 * `concepts` keeps every term of a concept so findings can name the approved
 * rendering for the target locale/market.
 */
import { languageOf } from "./language-of";
import { foldText } from "./normalize-text";
import { firstKeyAt } from "./prepare-text";

export type TermStatus = "preferred" | "admitted" | "deprecated" | "forbidden";

export interface IndexTerm {
  termId: string;
  conceptId: string;
  locale: string;
  text: string;
  status: TermStatus;
  doNotTranslate: boolean;
  caseSensitive: boolean;
  marketCode?: string | null;
}

/** A term with its matching attributes precomputed (hot path of every check). */
export interface IndexEntry {
  term: IndexTerm;
  /** Lowercased BCP 47 locale with "-" separators. */
  locale: string;
  /** Lowercased market code, null for global terms. */
  market: string | null;
  /** NFC text with collapsed whitespace, set only for case-sensitive terms. */
  exact: string | null;
}

export interface LanguageIndex {
  first: Map<string, number[]>;
  entries: Map<string, IndexEntry[]>;
}

export interface TermIndex {
  byLanguage: Map<string, LanguageIndex>;
  concepts: Map<string, IndexTerm[]>;
  size: number;
}

export function normalizeLocale(locale: string): string {
  return locale.toLowerCase().replace(/_/g, "-");
}

/** NFC + collapsed whitespace: the "exact" form used for case-sensitive comparison. */
export function squashText(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ");
}

/** Folded lookup key of a term text (also used for phrases). */
export function termKey(text: string, locale: string): string {
  return foldText(text.trim(), { locale: languageOf(locale) });
}

export function buildTermIndex(terms: readonly IndexTerm[]): TermIndex {
  const byLanguage = new Map<string, LanguageIndex>();
  const lengths = new Map<LanguageIndex, Map<string, Set<number>>>();
  const concepts = new Map<string, IndexTerm[]>();
  let size = 0;
  for (const term of terms) {
    const list = concepts.get(term.conceptId);
    if (list) list.push(term);
    else concepts.set(term.conceptId, [term]);

    const lang = languageOf(term.locale);
    const key = termKey(term.text, lang);
    if (!key) continue;
    let li = byLanguage.get(lang);
    if (!li) {
      li = { first: new Map(), entries: new Map() };
      byLanguage.set(lang, li);
      lengths.set(li, new Map());
    }
    const entry: IndexEntry = {
      term,
      locale: normalizeLocale(term.locale),
      market: term.marketCode ? term.marketCode.toLowerCase() : null,
      exact: term.caseSensitive ? squashText(term.text.trim()) : null,
    };
    const bucket = li.entries.get(key);
    if (bucket) bucket.push(entry);
    else li.entries.set(key, [entry]);
    const fk = firstKeyAt(key, 0);
    const lens = lengths.get(li)!;
    let set = lens.get(fk);
    if (!set) lens.set(fk, (set = new Set()));
    set.add(key.length);
    size++;
  }
  for (const [li, lens] of lengths) {
    for (const [fk, set] of lens) li.first.set(fk, [...set].sort((a, b) => b - a));
  }
  return { byLanguage, concepts, size };
}

/** True when a term written for `termLocale` applies to a text in `textLocale`. */
export function localeApplies(termLocale: string, textLocale: string): boolean {
  const t = normalizeLocale(termLocale);
  const x = normalizeLocale(textLocale);
  if (t === x) return true;
  const lang = languageOf(x);
  if (t === lang) return true; // language-wide term
  return x === lang && languageOf(t) === lang; // text only says "de": accept de-*
}

/** True when a term applies to the given market (global terms apply everywhere). */
export function marketApplies(term: IndexTerm, marketCode?: string | null): boolean {
  if (!term.marketCode) return true;
  return !!marketCode && term.marketCode.toLowerCase() === marketCode.toLowerCase();
}

export function getConceptTerms(index: TermIndex, conceptId: string): readonly IndexTerm[] {
  return index.concepts.get(conceptId) ?? [];
}

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/**
 * The rendering a writer should use for a concept in a locale/market:
 * market-specific over global, then preferred over admitted, then exact locale over
 * language-wide. Never returns deprecated/forbidden terms.
 */
export function approvedRendering(
  index: TermIndex,
  conceptId: string,
  locale: string,
  marketCode?: string | null,
): IndexTerm | null {
  let best: IndexTerm | null = null;
  let bestScore = Infinity;
  for (const t of getConceptTerms(index, conceptId)) {
    if (t.status === "deprecated" || t.status === "forbidden") continue;
    if (!localeApplies(t.locale, locale) || !marketApplies(t, marketCode)) continue;
    // Market-specific terms override global ones for that market, whatever their status.
    const score =
      (t.marketCode ? 0 : 8) +
      STATUS_RANK[t.status] * 2 +
      (t.locale.toLowerCase() === locale.toLowerCase() ? 0 : 1);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
