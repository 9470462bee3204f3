// The terms machine translation must not touch in these source texts: do-not-translate terms of
// the source locale (kept as they are) and source terms with an approved rendering in the target
// locale (the market's own rendering first, else the global one), which replace them.
import type { ProtectedTerm } from "@/lib/core/translation/mask-message";
import type { Db } from "@/lib/db";
import { toSearchText } from "@/lib/termbase/search-text";

type Row = { term: string; dnt: boolean; rendering: string | null; renderingMarketId: string | null };

export async function loadProtectedTerms(
  db: Db,
  input: { sourceLocale: string; targetLocale: string; marketId: string; texts: readonly string[] },
): Promise<ProtectedTerm[]> {
  if (input.texts.length === 0) return [];
  // Folded like Term.searchText, so a term is a candidate when its folded text occurs anywhere;
  // whole-word matching happens in the masker.
  const haystack = toSearchText(input.texts.join("\n"));
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."text" AS "term", s."doNotTranslate" AS "dnt", t."text" AS "rendering", t."marketId" AS "renderingMarketId"
    FROM "Term" s
    LEFT JOIN "Term" t ON t."conceptId" = s."conceptId" AND t."locale" = ${input.targetLocale} AND t."status" = 'preferred'
      AND (t."marketId" IS NULL OR t."marketId" = ${input.marketId})
    WHERE s."locale" = ${input.sourceLocale} AND s."status" IN ('preferred', 'admitted')
      AND length(s."searchText") > 0 AND strpos(${haystack}, s."searchText") > 0`;
  // Do-not-translate wins, then the market's rendering, then the global one.
  const byTerm = new Map<string, { rendering: string; rank: number }>();
  for (const row of rows) {
    const rendering = row.dnt ? row.term : row.rendering;
    if (rendering === null) continue;
    const rank = row.dnt ? 2 : row.renderingMarketId !== null ? 1 : 0;
    if ((byTerm.get(row.term)?.rank ?? -1) < rank) byTerm.set(row.term, { rendering, rank });
  }
  return [...byTerm].map(([term, { rendering }]) => ({ term, rendering }));
}
