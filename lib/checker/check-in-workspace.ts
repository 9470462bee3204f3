/**
 * The checker with the workspace's data: the termbase index and the active guideline rules
 * come from the database, everything else is the pure `checkText`. This is the function the
 * campaign editor, the variant editor, the API and imports call.
 */
import { loadRules } from "@/lib/guidelines/load-rules";
import { loadTermIndex } from "@/lib/termbase/load-term-index";
import { checkText } from "@/lib/core/checker/check-text";
import { graphemeStarts } from "@/lib/core/checker/segment-text";
import type { Finding } from "@/lib/core/checker/finding.types";
import type { RuleSpec } from "@/lib/core/checker/rules.types";
import type { TermIndex } from "@/lib/core/checker/term-index";

export interface WorkspaceCheckInput {
  text: string;
  locale: string;
  marketCode?: string | null;
  channel?: string | null;
  blockType?: string | null;
  /** The block's own length limit (grapheme clusters), on top of any max_length rule. */
  maxLength?: number | null;
  source?: { text: string; locale: string } | null;
  currency?: string | null;
}


/** A finding when `text` is longer than the block's limit, else null. */
export function blockLengthFinding(text: string, locale: string, maxLength: number | null | undefined): Finding | null {
  // Grapheme clusters never outnumber UTF-16 code units, so short texts skip segmentation.
  if (!maxLength || maxLength < 1 || text.length <= maxLength) return null;
  const starts = graphemeStarts(text, locale);
  if (starts.length <= maxLength) return null;
  const over = starts.length - maxLength;
  return {
    type: "too_long",
    code: "BLOCK_TOO_LONG",
    severity: "error",
    start: starts[maxLength]!,
    end: text.length,
    message: `Shorten by ${over} character${over === 1 ? "" : "s"} (max ${maxLength} for this block).`,
    data: { length: starts.length, maxLength },
  };
}

/** The pure part: everything but loading. Benchmarks and tests call it with their own index. */
export function checkWithContext(
  input: WorkspaceCheckInput & { index: TermIndex; rules: readonly RuleSpec[] },
): Finding[] {
  const findings = checkText({
    text: input.text,
    locale: input.locale,
    marketCode: input.marketCode,
    channel: input.channel,
    blockType: input.blockType,
    index: input.index,
    rules: input.rules,
    source: input.source,
    currency: input.currency,
  });
  const tooLong = blockLengthFinding(input.text, input.locale, input.maxLength);
  if (!tooLong) return findings;
  return [...findings, tooLong].sort((a, b) => a.start - b.start);
}

export async function checkInWorkspace(input: WorkspaceCheckInput): Promise<Finding[]> {
  const [index, rules] = await Promise.all([loadTermIndex(), loadRules()]);
  return checkWithContext({ ...input, index, rules });
}
