/**
 * Fuzzy match percentage between two source texts, for translation-memory
 * suggestions. 100 = identical after whitespace normalization; otherwise a
 * normalized edit distance over characters (works for every script, CJK
 * included), where a case- or accent-only change costs a quarter edit so
 * "Save now" vs "save now" still ranks as a near-exact match.
 */

const CHAR_LIMIT = 2000;
const LIGHT_COST = 0.25;

export function normalizeForMatch(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

function fold(ch: string): string {
  return ch.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Weighted Levenshtein over units (code points or words). Stops early above maxDist. */
function distance(a: string[], b: string[], maxDist: number): number {
  const fa = a.map(fold);
  const fb = b.map(fold);
  let prev = new Float64Array(b.length + 1);
  let cur = new Float64Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : fa[i - 1] === fb[j - 1] ? LIGHT_COST : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxDist) return Infinity; // cannot come back under the cutoff
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function units(s: string): string[] {
  const chars = Array.from(s);
  // Very long texts: compare words to keep the O(n·m) table small.
  return chars.length > CHAR_LIMIT ? s.split(" ").map((w) => w + " ") : chars;
}

/** 0–100 integer; internal helper with an optional floor below which 0 is returned early. */
function score(a: string, b: string, minScore: number): number {
  const na = normalizeForMatch(a);
  const nb = normalizeForMatch(b);
  if (na === nb) return 100;
  if (!na || !nb) return 0;
  const ua = units(na);
  const ub = units(nb);
  const max = Math.max(ua.length, ub.length);
  // Length difference alone bounds the best possible score.
  if ((100 * Math.min(ua.length, ub.length)) / max < minScore) return 0;
  const maxDist = minScore > 0 ? ((100 - minScore) / 100) * max + 1 : Infinity;
  const d = distance(ua, ub, maxDist);
  if (!Number.isFinite(d)) return 0;
  const s = Math.round(100 * (1 - d / max));
  return Math.max(0, Math.min(99, s)); // only identical texts score 100
}

export function matchScore(a: string, b: string): number {
  return score(a, b, 0);
}

export type MatchCandidate = string | { source: string };
export interface RankedSuggestion<T> {
  candidate: T;
  score: number;
}

/** Best candidates first (ties keep input order), at most `limit`, all ≥ minScore. */
export function rankSuggestions<T extends MatchCandidate>(
  source: string,
  candidates: readonly T[],
  options: { minScore?: number; limit?: number } = {},
): RankedSuggestion<T>[] {
  const minScore = options.minScore ?? 70;
  const limit = options.limit ?? 5;
  const scored: Array<RankedSuggestion<T> & { i: number }> = [];
  candidates.forEach((candidate, i) => {
    const text = typeof candidate === "string" ? candidate : candidate.source;
    const s = score(source, text, minScore);
    if (s >= minScore && s > 0) scored.push({ candidate, score: s, i });
  });
  scored.sort((x, y) => y.score - x.score || x.i - y.i);
  return scored.slice(0, limit).map(({ candidate, score: s }) => ({ candidate, score: s }));
}
