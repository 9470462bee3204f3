import { describe, expect, it } from "vitest";
import { runRules, ruleApplies } from "./run-rules";
import { validateRulePattern } from "./validate-rule-pattern";
import { prepareText } from "./prepare-text";
import { maskPlaceholders } from "./mask-placeholders";
import type { RuleSpec } from "./rules.types";

function run(text: string, rules: RuleSpec[], ctx: { locale?: string; blockType?: string; channel?: string; marketCode?: string } = {}) {
  const locale = ctx.locale ?? "en";
  const masked = maskPlaceholders(text);
  return runRules({ text, masked, prepared: prepareText(masked, locale), locale, rules, ...ctx });
}

describe("validateRulePattern", () => {
  it("accepts RE2 patterns", () => {
    expect(validateRulePattern("(?i)free\\s+trial").ok).toBe(true);
  });

  it.each([
    ["(a)\\1", /backreference/],
    ["foo(?=bar)", /lookahead/],
    ["(?<!x)y", /lookahead\/lookbehind/],
    ["(", /missing|paren/i],
    ["", /empty/],
    ["a".repeat(501), /longer than 500/],
    ["(\\w+\\s?){100}z", /too complex/],
    ["a{1001}", /repeat count/],
  ])("rejects %s with RULE_PATTERN_INVALID", (pattern, reason) => {
    const v = validateRulePattern(pattern);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.error.code).toBe("RULE_PATTERN_INVALID");
    expect(v.error.reason).toMatch(reason);
  });
});

describe("runRules", () => {
  it("finishes a catastrophic-backtracking pattern quickly", () => {
    const text = "a".repeat(19_999) + "!";
    const t0 = performance.now();
    const f = run(text, [{ id: "evil", kind: "forbidden_pattern", severity: "error", pattern: "(a+)+$" }]);
    const ms = performance.now() - t0;
    console.log(`(a+)+$ on ${text.length} chars: ${ms.toFixed(1)} ms`);
    expect(f).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });

  it("caps the text a pattern runs on, so cost does not grow with text length", () => {
    const rule: RuleSpec = { id: "big", kind: "forbidden_pattern", severity: "error", pattern: "(?i)(\\w+\\s?){40}z" };
    const time = (text: string) => {
      const t0 = performance.now();
      run(text, [rule]);
      return performance.now() - t0;
    };
    time("ab ".repeat(100)); // warm-up
    const atCap = time("ab ".repeat(6_667)); // ~20k chars
    const huge = time("ab ".repeat(50_000)); // 150k chars, capped to 20k
    console.log(`(\\w+\\s?){40}z: 20k chars ${atCap.toFixed(0)} ms, 150k chars (capped) ${huge.toFixed(0)} ms`);
    // Relative bound: absolute timings depend on machine load; uncapped would be ~7.5x.
    expect(huge).toBeLessThan(atCap * 3 + 100);
  });

  it("reports pattern matches with offsets, skipping placeholders", () => {
    const text = "Call {num} or 555-1234 now";
    const f = run(text, [{ id: "p", kind: "forbidden_pattern", severity: "warning", pattern: "[0-9]{3}-[0-9]{4}|num" }]);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(["555-1234"]);
    expect(f[0]).toMatchObject({ code: "RULE_FORBIDDEN_PATTERN", severity: "warning", data: { ruleId: "p" } });
  });

  it("turns an invalid stored pattern into an info finding instead of throwing", () => {
    const f = run("text", [{ id: "bad", kind: "forbidden_pattern", severity: "error", pattern: "(?=x)" }]);
    expect(f).toMatchObject([{ type: "rule_invalid", code: "RULE_PATTERN_INVALID", severity: "info" }]);
  });

  it("matches forbidden phrases as whole words, accent/case-insensitively", () => {
    const rule: RuleSpec = { id: "f", kind: "forbidden_phrase", severity: "error", phrase: "tres cher" };
    expect(run("C'est TRÈS CHER !", [rule], { locale: "fr" })).toHaveLength(1);
    expect(run("C'est très chers", [rule], { locale: "fr" })).toHaveLength(0);
  });

  it("uses the custom message when given", () => {
    const f = run("Buy now", [{ id: "m", kind: "forbidden_phrase", severity: "error", phrase: "buy now", message: "Say 'Shop now'." }]);
    expect(f[0].message).toBe("Say 'Shop now'.");
  });

  it("supports required_text by pattern", () => {
    const rule: RuleSpec = { id: "r", kind: "required_text", severity: "error", pattern: "©\\s?20[0-9]{2}" };
    expect(run("Meridian © 2026", [rule])).toEqual([]);
    expect(run("Meridian", [rule])[0].code).toBe("RULE_REQUIRED_TEXT_MISSING");
  });

  it("counts max_length in graphemes (emoji and combining marks count once)", () => {
    const rule: RuleSpec = { id: "l", kind: "max_length", severity: "warning", maxLength: 3 };
    expect(run("👍🏽é̃a", [rule])).toEqual([]);
    expect(run("👍🏽é̃ab", [rule])[0].data).toMatchObject({ length: 4, maxLength: 3 });
  });

  it("runs the style built-ins", () => {
    const style = (s: string): RuleSpec => ({ id: s, kind: "style", severity: "warning", style: s });
    expect(run("Great  news! Really!!", [style("no_exclamation")]).map((f) => f.end - f.start)).toEqual([1, 2]);
    expect(run("Great  news", [style("no_double_spaces")])[0].code).toBe("STYLE_DOUBLE_SPACE");
    expect(run("The BEST deal in the EU", [style("no_all_caps_words")]).map((f) => f.data.word)).toEqual(["BEST"]);
    expect(run("Get The Best Deal. Now with FAQ and I", [style("sentence_case")]).map((f) => f.data.word)).toEqual(["The", "Best", "Deal"]);
    expect(run("Holen Sie sich das Angebot", [style("sentence_case")], { locale: "de" })).toEqual([]);
    expect(run("x", [style("comic_sans")])[0].code).toBe("RULE_STYLE_UNKNOWN");
  });

  it("scopes by market, channel and block type", () => {
    const rule: RuleSpec = { id: "s", kind: "style", severity: "warning", style: "no_exclamation", marketCode: "DE", channel: "email", blockTypes: ["headline"] };
    expect(ruleApplies(rule, { marketCode: "de", channel: "email", blockType: "headline" })).toBe(true);
    expect(ruleApplies(rule, { marketCode: "AT", channel: "email", blockType: "headline" })).toBe(false);
    expect(ruleApplies(rule, { marketCode: "DE", channel: "sms", blockType: "headline" })).toBe(false);
    expect(ruleApplies(rule, { marketCode: "DE", channel: "email", blockType: "body" })).toBe(false);
    expect(ruleApplies(rule, { marketCode: "DE", channel: "email" })).toBe(false);
  });
});
