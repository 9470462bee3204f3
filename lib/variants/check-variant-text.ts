// The one adapter between variants and the checker: every finding the editor, submit, the API and
// imports show comes from here. Until the workspace checker (termbase + guideline rules loaded
// from the database) lands, this runs the pure checker with an empty term index and the block's
// length limit as a rule.
import { buildTermIndex } from "@/lib/checker/term-index";
import { checkText } from "@/lib/checker/check-text";
import type { Finding } from "@/lib/checker/finding.types";
import type { RuleSpec } from "@/lib/checker/rules.types";

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

const EMPTY_INDEX = buildTermIndex([]);

export async function checkVariantText(ctx: VariantTextContext): Promise<Finding[]> {
  if (ctx.blockType === "image") return [];
  const rules: RuleSpec[] = ctx.maxLength
    ? [{ id: "block-max-length", kind: "max_length", severity: "error", maxLength: ctx.maxLength }]
    : [];
  return checkText({
    text: ctx.text,
    locale: ctx.locale,
    marketCode: ctx.marketCode,
    channel: ctx.channel,
    blockType: ctx.blockType,
    index: EMPTY_INDEX,
    rules,
    source: ctx.source.text ? ctx.source : null,
    currency: ctx.currency,
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
