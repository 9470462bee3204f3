/**
 * Validates a user-supplied forbidden_pattern before it is saved or run.
 * Patterns are compiled with re2js (linear time), so a pattern like (a+)+$
 * cannot hang the server, but RE2 rejects backreferences and lookaround:
 * we report that with a clear reason instead of a stack trace.
 */
import { RE2JS } from "re2js";
import { MAX_PATTERN_INSTRUCTIONS, MAX_PATTERN_LENGTH } from "./rules.types";

export type PatternValidation =
  | { ok: true; compiled: RE2JS }
  | { ok: false; error: { code: "RULE_PATTERN_INVALID"; reason: string; message: string } };

function explain(raw: string, pattern: string): string {
  if (/\\[1-9]/.test(pattern) || /\\k</.test(pattern)) return "backreferences are not supported (RE2 syntax)";
  if (/\(\?<?[=!]/.test(pattern)) return "lookahead/lookbehind is not supported (RE2 syntax)";
  if (/\(\?>/.test(pattern)) return "atomic groups are not supported (RE2 syntax)";
  if (/[*+?}][+]/.test(pattern)) return "possessive quantifiers are not supported (RE2 syntax)";
  return raw.replace(/^error parsing regexp:\s*/, "");
}

export function validateRulePattern(pattern: string): PatternValidation {
  const fail = (reason: string): PatternValidation => ({
    ok: false,
    error: { code: "RULE_PATTERN_INVALID", reason, message: `Invalid pattern: ${reason}.` },
  });
  if (typeof pattern !== "string" || pattern.length === 0) return fail("pattern is empty");
  if (pattern.length > MAX_PATTERN_LENGTH) return fail(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (e) {
    return fail(explain(e instanceof Error ? e.message : String(e), pattern));
  }
  const size = compiled.matcher("").numberOfInstructions;
  if (size > MAX_PATTERN_INSTRUCTIONS) return fail(`pattern is too complex (${size} steps, max ${MAX_PATTERN_INSTRUCTIONS}); use fewer or smaller repetitions`);
  return { ok: true, compiled };
}
