// The workspace checker applied to HQ source text: live while typing (one block) and before
// publishing (every block, with the termbase index and rules loaded once).
import { checkInWorkspace, checkWithContext } from "@/lib/checker/check-in-workspace";
import type { Finding } from "@/lib/checker/finding.types";
import { buildTermIndex } from "@/lib/checker/term-index";
import type { Db } from "@/lib/db";
import { loadRules } from "@/lib/guidelines/load-rules";
import { loadTermIndex } from "@/lib/termbase/load-term-index";

export interface SourceCheckInput {
  text: string;
  locale: string;
  channel?: string | null;
  blockType?: string | null;
  maxLength?: number | null;
}

export function checkSourceBlock(input: SourceCheckInput): Promise<Finding[]> {
  return checkInWorkspace(input);
}

/**
 * A checker for many blocks: loads the termbase index and the rules once. Inside a caller's
 * transaction (the seed) it reads through that transaction, without the shared index cache.
 */
export async function sourceChecker(tx?: Db): Promise<(input: SourceCheckInput) => Finding[]> {
  const [index, rules] = tx ? [await termIndexIn(tx), await loadRules(tx)] : await Promise.all([loadTermIndex(), loadRules()]);
  return (input) => checkWithContext({ ...input, index, rules });
}

async function termIndexIn(tx: Db) {
  const terms = await tx.term.findMany({
    select: { id: true, conceptId: true, locale: true, text: true, status: true, doNotTranslate: true, caseSensitive: true, marketId: true },
  });
  const markets = await tx.market.findMany({ select: { id: true, code: true } });
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  return buildTermIndex(
    terms.map((t) => ({
      termId: t.id,
      conceptId: t.conceptId,
      locale: t.locale,
      text: t.text,
      status: t.status,
      doNotTranslate: t.doNotTranslate,
      caseSensitive: t.caseSensitive,
      marketCode: t.marketId ? (codeOf.get(t.marketId) ?? null) : null,
    })),
  );
}
