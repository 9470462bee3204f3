// Translation-memory suggestions for one block: approved renderings of the same or similar
// source text in the variant's locale. An indexed prefilter (locale + folded-prefix on
// sourceSearch, plus the newest entries of the locale, both limited) feeds the pure ranker.
import { foldText } from "@/lib/core/checker/normalize-text";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireVisible } from "@/lib/permissions/require";
import { canViewVariant } from "@/lib/permissions/variants";
import { rankSuggestions } from "./match-score";

const PREFIX_LENGTH = 8;
const CANDIDATES = 200;

export interface Suggestion {
  id: string;
  sourceText: string;
  targetText: string;
  score: number;
}

export async function findSuggestionsForText(locale: string, sourceText: string, limit = 9): Promise<Suggestion[]> {
  const folded = foldText(sourceText).trim();
  if (!folded) return [];
  const db = await getDb();
  const select = { id: true, sourceText: true, targetText: true } as const;
  const [byPrefix, recent] = await Promise.all([
    db.tmEntry.findMany({
      where: { locale, sourceSearch: { startsWith: folded.slice(0, PREFIX_LENGTH) } },
      select,
      take: CANDIDATES,
    }),
    db.tmEntry.findMany({ where: { locale }, select, orderBy: { createdAt: "desc" }, take: CANDIDATES }),
  ]);
  const byId = new Map([...byPrefix, ...recent].map((c) => [c.id, c]));
  return rankSuggestions(sourceText, [...byId.values()], { limit }).map(({ item, score }) => ({ ...item, score }));
}

export async function findSuggestions(actor: Actor, input: { variantId: string; blockId: string }): Promise<Suggestion[]> {
  const db = await getDb();
  const vb = await db.variantBlock.findUnique({
    where: { variantId_blockId: { variantId: input.variantId, blockId: input.blockId } },
    select: { variant: { select: { marketId: true, assigneeId: true, locale: true } }, block: { select: { sourceText: true } } },
  });
  if (!vb) throw notFound();
  requireVisible(canViewVariant(actor, vb.variant));
  return findSuggestionsForText(vb.variant.locale, vb.block.sourceText);
}
