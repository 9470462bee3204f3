/**
 * Finds termbase terms in a prepared text: leftmost-longest, whole words,
 * non-overlapping. Matching is on folded text (case/accent-insensitive);
 * case-sensitive terms are then verified against the original characters.
 */
import type { PreparedText } from "./prepare-text";
import { firstKeyAt } from "./prepare-text";
import { toOriginalRange } from "./normalize-text";
import {
  languageOf,
  localeApplies,
  marketApplies,
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

function squash(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ");
}

function applicable(
  candidates: readonly IndexTerm[],
  prepared: PreparedText,
  matched: string,
  options: FindTermsOptions,
): IndexTerm[] {
  const out: IndexTerm[] = [];
  let squashed: string | undefined;
  for (const t of candidates) {
    if (!localeApplies(t.locale, prepared.locale)) continue;
    if (!marketApplies(t, options.marketCode)) continue;
    if (options.filter && !options.filter(t)) continue;
    if (t.caseSensitive) {
      squashed ??= squash(matched);
      if (squashed !== squash(t.text.trim())) continue;
    }
    out.push(t);
  }
  if (out.length < 2) return out;
  // Market override: a concept's market-specific entry replaces its global one.
  const marketConcepts = new Set(out.filter((t) => t.marketCode).map((t) => t.conceptId));
  if (marketConcepts.size === 0) return out;
  return out.filter((t) => t.marketCode || !marketConcepts.has(t.conceptId));
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
        const terms = applicable(candidates, prepared, matched, options);
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
