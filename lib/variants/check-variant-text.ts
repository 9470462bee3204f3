// The one adapter between variants and the checker: every finding the editor, submit, the API and
// imports show comes from the workspace checker (termbase + guideline rules + the block's length
// limit). Batch callers load the termbase index and rules once with `loadCheckData` and pass them
// to every block; single checks load them (cached per process) on the way.
import { checkWithContext } from "@/lib/checker/check-in-workspace";
import type { Finding } from "@/lib/core/checker/finding.types";
import type { RuleSpec } from "@/lib/core/checker/rules.types";
import type { TermIndex } from "@/lib/core/checker/term-index";
import type { Db } from "@/lib/db";
import { loadRules } from "@/lib/guidelines/load-rules";
import { loadTermIndex, loadTermIndexIn } from "@/lib/termbase/load-term-index";

export interface VariantTextContext {
  text: string;
  locale: string;
  marketCode: string;
  channel: string;
  blockType: string;
  maxLength: number | null;
  source: { text: string; locale: string };
  currency?: string | null;
}

export interface CheckData {
  index: TermIndex;
  rules: readonly RuleSpec[];
}

export async function loadCheckData(): Promise<CheckData> {
  const [index, rules] = await Promise.all([loadTermIndex(), loadRules()]);
  return { index, rules };
}

/**
 * The same data read through a caller's open transaction (the cached loaders use the shared
 * client, which an open PGlite transaction would block). The termbase index is the process's
 * cached one when it is still fresh (one cheap query), else built afresh through `tx`.
 * Loaded once per transaction: several saves in one import share it.
 */
export async function loadCheckDataIn(tx: Db): Promise<CheckData> {
  let loading = perTransaction.get(tx);
  if (!loading) {
    // One after the other: a transaction is one connection (pg warns about overlapping queries).
    loading = (async () => {
      const index = await loadTermIndexIn(tx);
      return { index, rules: await loadRules(tx) };
    })();
    perTransaction.set(tx, loading);
    loading.catch(() => perTransaction.delete(tx));
  }
  return loading;
}

const perTransaction = new WeakMap<Db, Promise<CheckData>>();

export async function checkVariantText(ctx: VariantTextContext, data?: CheckData): Promise<Finding[]> {
  if (ctx.blockType === "image") return [];
  const { index, rules } = data ?? (await loadCheckData());
  return checkWithContext({
    text: ctx.text,
    locale: ctx.locale,
    marketCode: ctx.marketCode,
    channel: ctx.channel,
    blockType: ctx.blockType,
    maxLength: ctx.maxLength,
    source: ctx.source.text ? ctx.source : null,
    currency: ctx.currency,
    index,
    rules,
  });
}

export function countFindings(findings: readonly Finding[]): { errorCount: number; warningCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  for (const f of findings) {
    if (f.severity === "error") errorCount++;
    else if (f.severity === "warning") warningCount++;
  }
  return { errorCount, warningCount };
}
