// Translation-memory match scores: 100 for the same source text (after folding case, accents and
// whitespace), otherwise a character-level Levenshtein similarity on the folded texts, rounded to
// whole percent. Pure; used to rank the candidates the database prefilter returns.
import { foldText } from "@/lib/core/checker/normalize-text";

/** Longer texts are compared on their first characters only, keeping a ranking round cheap. */
const MAX_COMPARE = 400;

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

export function matchScore(query: string, candidate: string): number {
  const a = foldText(query).trim().slice(0, MAX_COMPARE);
  const b = foldText(candidate).trim().slice(0, MAX_COMPARE);
  if (!a || !b) return 0;
  if (a === b) return 100;
  const longest = Math.max(a.length, b.length);
  // Never report 100 for texts that differ (e.g. only in punctuation).
  return Math.min(99, Math.round((1 - levenshtein(a, b) / longest) * 100));
}

export interface Scored<T> {
  item: T;
  score: number;
}

export function rankSuggestions<T extends { sourceText: string; targetText: string }>(
  query: string,
  candidates: readonly T[],
  options: { minScore?: number; limit?: number } = {},
): Scored<T>[] {
  const minScore = options.minScore ?? 50;
  const seen = new Set<string>();
  const out: Scored<T>[] = [];
  for (const item of candidates) {
    if (seen.has(item.targetText)) continue;
    const score = matchScore(query, item.sourceText);
    if (score < minScore) continue;
    seen.add(item.targetText);
    out.push({ item, score });
  }
  return out.sort((x, y) => y.score - x.score).slice(0, options.limit ?? 9);
}
