import { describe, expect, it } from "vitest";
import { checkText, summarizeFindings } from "./check-text";
import { buildTermIndex, type IndexTerm } from "./term-index";
import type { RuleSpec } from "./rules.types";

const T = (p: Partial<IndexTerm> & Pick<IndexTerm, "termId" | "conceptId" | "text" | "locale">): IndexTerm => ({
  status: "preferred",
  doNotTranslate: false,
  caseSensitive: false,
  marketCode: null,
  ...p,
});

const index = buildTermIndex([
  T({ termId: "en-acc", conceptId: "account", text: "account", locale: "en" }),
  T({ termId: "de-konto", conceptId: "account", text: "Konto", locale: "de" }),
  T({ termId: "de-account", conceptId: "account", text: "Account", locale: "de", status: "forbidden" }),
  T({ termId: "de-benutzerkonto", conceptId: "account", text: "Benutzerkonto", locale: "de", status: "deprecated" }),
  T({ termId: "en-brand", conceptId: "brand", text: "Meridian", locale: "en", doNotTranslate: true, caseSensitive: true }),
  T({ termId: "de-brand", conceptId: "brand", text: "Meridian", locale: "de", doNotTranslate: true, caseSensitive: true }),
  T({ termId: "en-slogan", conceptId: "slogan", text: "Assume Nothing", locale: "en", doNotTranslate: true }),
  T({ termId: "de-sale", conceptId: "sale", text: "Sale", locale: "de" }),
  T({ termId: "de-at-abv", conceptId: "sale", text: "Abverkauf", locale: "de", marketCode: "AT" }),
]);

const codes = (f: ReturnType<typeof checkText>) => f.map((x) => x.code);

describe("checkText: terms", () => {
  it("reports forbidden and deprecated terms with the approved alternative", () => {
    const text = "Erstellen Sie einen Account oder nutzen Sie Ihr Benutzerkonto.";
    const f = checkText({ text, locale: "de-DE", index });
    const forbidden = f.find((x) => x.code === "TERM_FORBIDDEN")!;
    expect(forbidden.type).toBe("forbidden_term");
    expect(forbidden.severity).toBe("error");
    expect(text.slice(forbidden.start, forbidden.end)).toBe("Account");
    expect(forbidden.message).toContain("Konto");
    const dep = f.find((x) => x.code === "TERM_DEPRECATED")!;
    expect(dep.severity).toBe("warning");
    expect((dep.data.approved as { text: string }).text).toBe("Konto");
  });

  it("reports plain terms as info with the approved rendering", () => {
    const f = checkText({ text: "Ihr Konto", locale: "de-DE", index });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ type: "term", code: "TERM_FOUND", severity: "info" });
    expect(f[0].data.approved).toMatchObject({ text: "Konto" });
  });

  it("applies market-specific renderings", () => {
    const f = checkText({ text: "Großer Sale", locale: "de-AT", marketCode: "AT", index });
    expect(f[0]).toMatchObject({ code: "TERM_MARKET_VARIANT", severity: "warning" });
    expect(f[0].message).toContain("Abverkauf");
    expect(codes(checkText({ text: "Großer Sale", locale: "de-DE", marketCode: "DE", index }))).toEqual(["TERM_FOUND"]);
  });

  it("flags do-not-translate terms that were altered or dropped", () => {
    const source = { text: "Meridian: Assume Nothing. Open your account.", locale: "en" };
    const ok = checkText({ text: "Meridian: Assume Nothing. Öffnen Sie Ihr Konto.", locale: "de-DE", index, source });
    expect(ok.filter((x) => x.severity !== "info")).toEqual([]);
    const bad = checkText({ text: "meridian: Nichts annehmen. Öffnen Sie Ihr Konto.", locale: "de-DE", index, source });
    const altered = bad.find((x) => x.code === "DNT_ALTERED")!;
    expect(altered.start).toBe(0);
    expect(altered.end).toBe(8);
    expect(bad.find((x) => x.code === "DNT_MISSING")?.data.term).toBe("Assume Nothing");
  });

  it("warns when a source term's approved translation is missing", () => {
    const f = checkText({ text: "Öffnen Sie Ihren Zugang.", locale: "de-DE", index, source: { text: "Open your account.", locale: "en" } });
    const miss = f.find((x) => x.code === "TERM_TRANSLATION_MISSING")!;
    expect(miss.message).toContain("Konto");
  });

  it("does not match terms inside placeholders", () => {
    const f = checkText({ text: "Hallo {Account}, Ihr {Konto, number}", locale: "de-DE", index });
    expect(f).toEqual([]);
  });
});

describe("checkText: rules, placeholders, formats", () => {
  const rules: RuleSpec[] = [
    { id: "r1", kind: "forbidden_phrase", severity: "error", phrase: "kostenlos" },
    { id: "r2", kind: "required_text", severity: "error", marketCode: "DE", channel: "email", phrase: "Es gelten die AGB." },
    { id: "r3", kind: "max_length", severity: "warning", channel: "sms", maxLength: 20 },
    { id: "r4", kind: "style", severity: "warning", style: "no_exclamation", blockTypes: ["headline"] },
    { id: "r5", kind: "forbidden_pattern", severity: "warning", pattern: "(?i)\\bgarantiert\\b" },
  ];

  it("evaluates scoped rules", () => {
    const text = "Jetzt KOSTENLOS testen! Garantiert.";
    const email = checkText({ text, locale: "de-DE", marketCode: "DE", channel: "email", blockType: "headline", index, rules });
    expect(codes(email).sort()).toEqual(["RULE_FORBIDDEN_PATTERN", "RULE_FORBIDDEN_PHRASE", "RULE_REQUIRED_TEXT_MISSING", "STYLE_NO_EXCLAMATION"]);
    const sms = checkText({ text, locale: "de-DE", marketCode: "AT", channel: "sms", blockType: "body", index, rules });
    expect(codes(sms).sort()).toEqual(["RULE_FORBIDDEN_PATTERN", "RULE_FORBIDDEN_PHRASE", "RULE_TOO_LONG"]);
    const tooLong = sms.find((x) => x.code === "RULE_TOO_LONG")!;
    expect(tooLong.start).toBe(20);
    expect(tooLong.message).toMatch(/Shorten by 15 characters/);
  });

  it("reports placeholder problems and format problems when the source is given", () => {
    const source = { text: "Hi {name}, only {price} until {date}", locale: "en" };
    const f = checkText({ text: "Hallo {nom}, nur 1,299.00 € bis 12/31/2026", locale: "de-DE", index, source });
    expect(codes(f)).toEqual(expect.arrayContaining(["PLACEHOLDER_RENAMED", "FORMAT_NUMBER_SEPARATORS", "FORMAT_DATE_US"]));
    expect(f.filter((x) => x.code === "PLACEHOLDER_MISSING").map((x) => x.data.name).sort()).toEqual(["date", "price"]);
  });

  it("summarizes by severity and code", () => {
    const f = checkText({ text: "Account, Account, Konto", locale: "de-DE", index });
    expect(summarizeFindings(f)).toEqual({ error: 2, warning: 0, info: 1, total: 3, byCode: { TERM_FORBIDDEN: 2, TERM_FOUND: 1 } });
  });
});

describe("checkText: limits", () => {
  it("checks only the first part of a huge text and says so", () => {
    const text = "Account ".repeat(30_000);
    const f = checkText({ text, locale: "de", index });
    expect(f.some((x) => x.code === "TEXT_TRUNCATED" && x.type === "check_limit")).toBe(true);
    expect(f.every((x) => x.start <= text.length)).toBe(true);
  });
});
