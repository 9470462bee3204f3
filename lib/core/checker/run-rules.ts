/**
 * Evaluates brand guideline rules against one text. Rules are scoped by
 * market, channel and block type; out-of-scope rules are skipped silently,
 * malformed rules produce a `rule_invalid` info finding instead of throwing
 * (a bad rule must not break the editor).
 */
import type { Finding } from "./finding.types";
import type { PreparedText } from "./prepare-text";
import { toOriginalRange } from "./normalize-text";
import { termKey } from "./term-index";
import { validateRulePattern } from "./validate-rule-pattern";
import { graphemeStarts } from "./segment-text";
import { checkStyle, isStyleName, type Range } from "./check-style";
import { MAX_MATCHES_PER_RULE, MAX_PATTERN_TEXT_LENGTH, type RuleSpec } from "./rules.types";

export interface RunRulesInput {
  /** Original text (offsets of findings refer to it). */
  text: string;
  /** Same length as `text`, placeholders replaced (see mask-placeholders). */
  masked: string;
  /** prepareText(masked, locale). */
  prepared: PreparedText;
  locale: string;
  marketCode?: string | null;
  channel?: string | null;
  blockType?: string | null;
  rules: readonly RuleSpec[];
  /** Ranges exempt from casing style checks (termbase matches). */
  protect?: readonly Range[];
}

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function ruleApplies(
  rule: RuleSpec,
  ctx: { marketCode?: string | null; channel?: string | null; blockType?: string | null },
): boolean {
  if (rule.marketCode && !(ctx.marketCode && eq(rule.marketCode, ctx.marketCode))) return false;
  if (rule.channel && !(ctx.channel && eq(rule.channel, ctx.channel))) return false;
  if (rule.blockTypes && rule.blockTypes.length > 0) {
    if (!ctx.blockType || !rule.blockTypes.includes(ctx.blockType)) return false;
  }
  return true;
}


function invalid(rule: RuleSpec, code: string, reason: string): Finding {
  return {
    type: "rule_invalid",
    code,
    severity: "info",
    start: 0,
    end: 0,
    message: `Rule ${rule.id} was skipped: ${reason}. Fix the rule in the brand guidelines.`,
    data: { ruleId: rule.id, kind: rule.kind, reason },
  };
}

/** Whole-word, case/accent-insensitive occurrences of a phrase, as original ranges. */
function findPhrase(prepared: PreparedText, phrase: string, wholeWord: boolean): Range[] {
  const key = termKey(phrase, prepared.locale);
  const out: Range[] = [];
  if (!key) return out;
  const n = prepared.norm.text;
  let from = 0;
  while (out.length < MAX_MATCHES_PER_RULE) {
    const at = n.indexOf(key, from);
    if (at < 0) break;
    const end = at + key.length;
    if (!wholeWord || (prepared.boundary[at] && prepared.boundary[end])) {
      out.push(toOriginalRange(prepared.norm, at, end));
      from = end;
    } else {
      from = at + 1;
    }
  }
  return out;
}

function findPattern(rule: RuleSpec, masked: string): Range[] | Finding {
  const v = validateRulePattern(rule.pattern ?? "");
  if (!v.ok) return invalid(rule, v.error.code, v.error.reason);
  const text = masked.length > MAX_PATTERN_TEXT_LENGTH ? masked.slice(0, MAX_PATTERN_TEXT_LENGTH) : masked;
  const m = v.compiled.matcher(text);
  const out: Range[] = [];
  let from = 0;
  while (out.length < MAX_MATCHES_PER_RULE && from <= text.length && m.find(from)) {
    const start = m.start();
    const end = m.end();
    if (end > start) out.push({ start, end });
    from = end > start ? end : end + 1; // step over empty matches
  }
  return out;
}

function ruleFinding(
  rule: RuleSpec,
  type: Finding["type"],
  code: string,
  range: Range,
  message: string,
  data: Record<string, unknown> = {},
): Finding {
  return {
    type,
    code,
    severity: rule.severity,
    start: range.start,
    end: range.end,
    message: rule.message ?? message,
    // customMessage: HQ's own words for this rule, shown as written instead of the generic text.
    data: { ruleId: rule.id, kind: rule.kind, ...(rule.message ? { customMessage: rule.message } : {}), ...data },
  };
}

function runOne(rule: RuleSpec, input: RunRulesInput): Finding[] {
  const { text, masked, prepared, locale } = input;
  switch (rule.kind) {
    case "forbidden_phrase": {
      if (!rule.phrase?.trim()) return [invalid(rule, "RULE_PHRASE_MISSING", "no phrase given")];
      return findPhrase(prepared, rule.phrase, true).map((r) =>
        ruleFinding(rule, "forbidden_phrase", "RULE_FORBIDDEN_PHRASE", r, `Remove or rephrase "${text.slice(r.start, r.end)}" (not allowed by brand guidelines).`, {
          phrase: rule.phrase,
        }),
      );
    }
    case "forbidden_pattern": {
      const res = findPattern(rule, masked);
      if (!Array.isArray(res)) return [res];
      return res.map((r) =>
        ruleFinding(rule, "forbidden_pattern", "RULE_FORBIDDEN_PATTERN", r, `Rephrase "${text.slice(r.start, r.end)}" (matches a forbidden pattern).`, {
          pattern: rule.pattern,
        }),
      );
    }
    case "required_text": {
      let present: boolean;
      if (rule.phrase?.trim()) present = findPhrase(prepared, rule.phrase, false).length > 0;
      else if (rule.pattern) {
        const res = findPattern(rule, masked);
        if (!Array.isArray(res)) return [res];
        present = res.length > 0;
      } else return [invalid(rule, "RULE_PHRASE_MISSING", "no phrase or pattern given")];
      if (present) return [];
      const what = rule.phrase ? `"${rule.phrase}"` : "the required text";
      return [
        ruleFinding(rule, "required_text_missing", "RULE_REQUIRED_TEXT_MISSING", { start: text.length, end: text.length }, `Add ${what}; it is required here.`, {
          phrase: rule.phrase,
          pattern: rule.pattern,
        }),
      ];
    }
    case "max_length": {
      if (!rule.maxLength || rule.maxLength < 1) return [invalid(rule, "RULE_MAX_LENGTH_MISSING", "no maxLength given")];
      // Grapheme clusters never outnumber UTF-16 code units, so short texts skip segmentation.
      if (text.length <= rule.maxLength) return [];
      const g = graphemeStarts(text, locale);
      if (g.length <= rule.maxLength) return [];
      const over = g.length - rule.maxLength;
      const where = input.channel ? ` for ${input.channel}` : "";
      return [
        ruleFinding(rule, "too_long", "RULE_TOO_LONG", { start: g[rule.maxLength]!, end: text.length }, `Shorten by ${over} character${over === 1 ? "" : "s"} (max ${rule.maxLength}${where}).`, {
          length: g.length,
          maxLength: rule.maxLength,
        }),
      ];
    }
    case "style": {
      if (!isStyleName(rule.style)) return [invalid(rule, "RULE_STYLE_UNKNOWN", `unknown style "${rule.style ?? ""}"`)];
      return checkStyle(rule.style, masked, locale, input.protect).map((h) =>
        ruleFinding(rule, "style", h.code, h, h.message, { style: rule.style, ...h.data }),
      );
    }
    default:
      return [invalid(rule, "RULE_KIND_UNKNOWN", `unknown kind "${String((rule as RuleSpec).kind)}"`)];
  }
}

export function runRules(input: RunRulesInput): Finding[] {
  const out: Finding[] = [];
  for (const rule of input.rules) {
    if (!ruleApplies(rule, input)) continue;
    out.push(...runOne(rule, input));
  }
  return out;
}
