// Translation-memory drafts for pre-translation: the newest approved rendering of the same source
// text in the locale (exact, 100), else the best fuzzy suggestion at or above the threshold. A
// match whose placeholders do not fit the new source is not a draft (it would need rework anyway).
import { comparePlaceholders } from "@/lib/core/text/icu-placeholders";
import type { Db } from "@/lib/db";
import { findSuggestionsForText } from "@/lib/variants/find-suggestions";

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
  for (const source of unique) {
    if (matches.has(source)) continue;
    const best = (await findSuggestionsForText(input.locale, source, 3)).find((s) => s.score >= input.threshold && fits(source, s.targetText));
    if (best) matches.set(source, { target: best.targetText, score: best.score });
  }
  return matches;
}
