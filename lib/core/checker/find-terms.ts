/**
 * Finds termbase terms in a prepared text: leftmost-longest, whole words,
 * non-overlapping. Matching is on folded text (case/accent-insensitive);
 * case-sensitive terms are then verified against the original characters.
 */
import type { PreparedText } from "./prepare-text";
import { firstKeyAt } from "./prepare-text";
import { languageOf } from "./language-of";
import { toOriginalRange } from "./normalize-text";
import {
  normalizeLocale,
  squashText,
  type IndexEntry,
  type IndexTerm,
  type TermIndex,
} from "./term-index";

export interface TermMatch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The original text that matched. */
  matched: string;
  /** Applicable terms (after locale/market filtering and market override). */
  terms: IndexTerm[];
}

export interface FindTermsOptions {
  marketCode?: string | null;
  /** Extra predicate, e.g. only doNotTranslate terms. */
  filter?: (term: IndexTerm) => boolean;
}

interface MatchContext {
  locale: string;
  lang: string;
  market: string | null;
  filter?: (term: IndexTerm) => boolean;
}

function entryApplies(e: IndexEntry, ctx: MatchContext): boolean {
  // Same rules as localeApplies/marketApplies, on precomputed lowercase values.
  if (e.locale !== ctx.locale && e.locale !== ctx.lang && ctx.locale !== ctx.lang) return false;
  if (e.market !== null && e.market !== ctx.market) return false;
  return !ctx.filter || ctx.filter(e.term);
}

function applicable(candidates: readonly IndexEntry[], matched: string, ctx: MatchContext): IndexTerm[] {
  const out: IndexTerm[] = [];
  let squashed: string | undefined;
  let hasMarket = false;
  for (const e of candidates) {
    if (!entryApplies(e, ctx)) continue;
    if (e.exact !== null) {
      squashed ??= squashText(matched);
      if (squashed !== e.exact) continue;
    }
    if (e.market !== null) hasMarket = true;
    out.push(e.term);
  }
  if (!hasMarket || out.length < 2) return out;
  // Market override: a concept's market-specific entry replaces its global one.
  const marketConcepts: string[] = [];
  for (const t of out) if (t.marketCode) marketConcepts.push(t.conceptId);
  const kept: IndexTerm[] = [];
  for (const t of out) if (t.marketCode || !marketConcepts.includes(t.conceptId)) kept.push(t);
  return kept;
}

export function findTermMatches(
  prepared: PreparedText,
  index: TermIndex,
  options: FindTermsOptions = {},
): TermMatch[] {
  const li = index.byLanguage.get(languageOf(prepared.locale));
  if (!li) return [];
  const n = prepared.norm.text;
  const boundary = prepared.boundary;
  const matches: TermMatch[] = [];
  const locale = normalizeLocale(prepared.locale);
  const ctx: MatchContext = {
    locale,
    lang: languageOf(locale),
    market: options.marketCode ? options.marketCode.toLowerCase() : null,
    filter: options.filter,
  };
  let p = 0;
  while (p < n.length) {
    if (!boundary[p] || n.charCodeAt(p) === 32) {
      p++;
      continue;
    }
    const lengths = li.first.get(firstKeyAt(n, p));
    let advanced = false;
    if (lengths) {
      for (const len of lengths) {
        const end = p + len;
        if (end > n.length || !boundary[end]) continue;
        const candidates = li.entries.get(n.slice(p, end));
        if (!candidates) continue;
        const range = toOriginalRange(prepared.norm, p, end);
        const matched = prepared.original.slice(range.start, range.end);
        const terms = applicable(candidates, matched, ctx);
        if (terms.length === 0) continue; // a shorter term may still apply
        matches.push({ start: range.start, end: range.end, matched, terms });
        p = end;
        advanced = true;
        break;
      }
    }
    if (!advanced) p++;
  }
  return matches;
}
