/**
 * The one checker used by the editor, the API and imports. Pure function of
 * its inputs: termbase index, rules, market/channel/block context and
 * optionally the source text (enables placeholder, DNT and term-consistency
 * checks). Offsets in findings refer to `text` as given.
 */
import type { Finding, FindingSeverity } from "./finding.types";
import type { RuleSpec } from "./rules.types";
import type { TermIndex } from "./term-index";
import { prepareText } from "./prepare-text";
import { maskPlaceholders } from "./mask-placeholders";
import { checkTerms } from "./check-terms";
import { runRules } from "./run-rules";
import { checkFormats } from "./check-formats";
import { comparePlaceholders } from "@/lib/core/text/icu-placeholders";

export interface CheckTextInput {
  text: string;
  locale: string;
  marketCode?: string | null;
  channel?: string | null;
  blockType?: string | null;
  index: TermIndex;
  rules?: readonly RuleSpec[];
  source?: { text: string; locale: string } | null;
  /** ISO 4217; defaults from the locale's region. */
  currency?: string | null;
}

/** Texts beyond this are checked up to the cap (campaign blocks are far smaller). */
export const MAX_CHECK_TEXT_LENGTH = 200_000;

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

export function checkText(input: CheckTextInput): Finding[] {
  const findings: Finding[] = [];
  let text = input.text ?? "";
  if (text.length > MAX_CHECK_TEXT_LENGTH) {
    findings.push({
      type: "check_limit",
      code: "TEXT_TRUNCATED",
      severity: "info",
      start: MAX_CHECK_TEXT_LENGTH,
      end: text.length,
      message: `Only the first ${MAX_CHECK_TEXT_LENGTH} characters were checked; split the text into smaller blocks.`,
      data: { length: text.length },
    });
    text = text.slice(0, MAX_CHECK_TEXT_LENGTH);
  }
  const masked = maskPlaceholders(text);
  const prepared = prepareText(masked, input.locale);
  // Matches/offsets are computed on the masked copy (same length), but
  // findings quote the original text.
  const terms = checkTerms({
    prepared: { ...prepared, original: text },
    locale: input.locale,
    marketCode: input.marketCode,
    index: input.index,
    source: input.source ?? undefined,
  });
  findings.push(...terms.findings);
  findings.push(
    ...runRules({
      text,
      masked,
      prepared,
      locale: input.locale,
      marketCode: input.marketCode,
      channel: input.channel,
      blockType: input.blockType,
      rules: input.rules ?? [],
      protect: terms.matches,
    }),
  );
  findings.push(...checkFormats(masked, { locale: input.locale, currency: input.currency }));
  if (input.source) {
    for (const p of comparePlaceholders(input.source.text, text)) {
      findings.push({
        type: "placeholder",
        code: p.code,
        severity: p.severity,
        start: p.start,
        end: p.end,
        message: p.message,
        data: { name: p.name, placeholderType: p.type, from: p.from, error: p.error },
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
  total: number;
  byCode: Record<string, number>;
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { error: 0, warning: 0, info: 0, total: findings.length, byCode: {} };
  for (const f of findings) {
    s[f.severity]++;
    s.byCode[f.code] = (s.byCode[f.code] ?? 0) + 1;
  }
  return s;
}
