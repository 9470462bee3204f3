// Translation-memory drafts for pre-translation: the newest approved rendering of the same source
// text in the locale (exact, 100), else the best fuzzy match at or above the threshold (scored as
// the editor's suggestions are). A
// match whose placeholders do not fit the new source is not a draft (it would need rework anyway).
import { comparePlaceholders } from "@/lib/core/text/icu-placeholders";
import type { Db } from "@/lib/db";
import { foldText } from "@/lib/core/checker/normalize-text";
import { levenshtein } from "@/lib/variants/match-score";

export interface TmMatch {
  target: string;
  score: number;
}

export async function findTmMatches(
  db: Db,
  input: { locale: string; sources: readonly string[]; threshold: number },
): Promise<Map<string, TmMatch>> {
  const unique = [...new Set(input.sources)];
  const matches = new Map<string, TmMatch>();
  const fits = (source: string, target: string) => comparePlaceholders(source, target).length === 0;
  const exact = await db.tmEntry.findMany({
    where: { locale: input.locale, sourceText: { in: unique } },
    select: { sourceText: true, targetText: true },
    orderBy: { createdAt: "desc" },
  });
  for (const entry of exact) {
    if (!matches.has(entry.sourceText) && fits(entry.sourceText, entry.targetText)) {
      matches.set(entry.sourceText, { target: entry.targetText, score: 100 });
    }
  }
  if (input.threshold >= 100) return matches;
  const rest = unique.filter((source) => !matches.has(source));
  for (const [source, match] of await fuzzyMatches(db, input.locale, rest, input.threshold, fits)) matches.set(source, match);
  return matches;
}

const PREFIX_LENGTH = 8;
const CANDIDATES = 200;
const MAX_COMPARE = 400;

/**
 * The editor's suggestion search (lib/variants/find-suggestions.ts) for many sources at once: one
 * candidate query per distinct folded prefix plus the locale's newest entries, scored on the
 * stored folded text (Term-like `sourceSearch`) with the same formula as matchScore. Per block it
 * took two queries and re-folded 400 candidates (~60 ms a block on PGlite).
 */
async function fuzzyMatches(
  db: Db,
  locale: string,
  sources: readonly string[],
  threshold: number,
  fits: (source: string, target: string) => boolean,
): Promise<Map<string, TmMatch>> {
  const out = new Map<string, TmMatch>();
  if (sources.length === 0) return out;
  const select = { sourceText: true, sourceSearch: true, targetText: true } as const;
  const folded = new Map(sources.map((s) => [s, foldText(s).trim().slice(0, MAX_COMPARE)]));
  const byPrefix = new Map<string, Array<{ sourceText: string; sourceSearch: string; targetText: string }>>();
  for (const prefix of new Set([...folded.values()].filter(Boolean).map((f) => f.slice(0, PREFIX_LENGTH)))) {
    byPrefix.set(prefix, await db.tmEntry.findMany({ where: { locale, sourceSearch: { startsWith: prefix } }, select, take: CANDIDATES }));
  }
  const recent = await db.tmEntry.findMany({ where: { locale }, select, orderBy: { createdAt: "desc" }, take: CANDIDATES });
  for (const source of sources) {
    const a = folded.get(source)!;
    if (!a) continue;
    let best: TmMatch | null = null;
    const seen = new Set<string>();
    for (const c of [...(byPrefix.get(a.slice(0, PREFIX_LENGTH)) ?? []), ...recent]) {
      const b = c.sourceSearch.trim().slice(0, MAX_COMPARE);
      if (!b || seen.has(`${b}\u0000${c.targetText}`)) continue;
      seen.add(`${b}\u0000${c.targetText}`);
      // The length difference alone bounds the score: skip the distance when it cannot reach the bar.
      const longest = Math.max(a.length, b.length);
      if (Math.round((1 - Math.abs(a.length - b.length) / longest) * 100) < Math.max(threshold, best?.score ?? 0)) continue;
      const score = a === b ? 100 : Math.min(99, Math.round((1 - levenshtein(a, b) / longest) * 100));
      if (score >= threshold && (!best || score > best.score) && fits(source, c.targetText)) best = { target: c.targetText, score };
    }
    if (best) out.set(source, best);
  }
  return out;
}
