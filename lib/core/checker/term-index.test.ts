import { describe, expect, it } from "vitest";
import { buildTermIndex, approvedRendering, type IndexTerm } from "./term-index";
import { findTermMatches } from "./find-terms";
import { prepareText } from "./prepare-text";

let seq = 0;
function term(p: Partial<IndexTerm> & Pick<IndexTerm, "text" | "locale">): IndexTerm {
  seq++;
  return {
    termId: `t${seq}`,
    conceptId: `c${seq}`,
    status: "preferred",
    doNotTranslate: false,
    caseSensitive: false,
    marketCode: null,
    ...p,
  };
}

function found(text: string, locale: string, terms: IndexTerm[], marketCode?: string) {
  const index = buildTermIndex(terms);
  return findTermMatches(prepareText(text, locale), index, { marketCode }).map((m) => ({
    matched: m.matched,
    start: m.start,
    end: m.end,
    ids: m.terms.map((t) => t.termId),
  }));
}

describe("findTermMatches", () => {
  it("finds a katakana term inside a Japanese sentence without spaces", () => {
    const text = "新しいアカウントを作成してください。";
    const res = found(text, "ja-JP", [term({ text: "アカウント", locale: "ja" })]);
    expect(res).toHaveLength(1);
    expect(res[0].matched).toBe("アカウント");
    expect(res[0].start).toBe(text.indexOf("アカウント"));
  });

  it("finds Japanese terms inside compounds but not katakana inside katakana words", () => {
    const terms = [term({ text: "設定", locale: "ja" }), term({ text: "ログ", locale: "ja" })];
    expect(found("アカウント設定を開く", "ja", terms).map((m) => m.matched)).toEqual(["設定"]);
    expect(found("ブログを読む", "ja", terms)).toEqual([]);
  });

  it("matches half-width katakana against full-width terms (NFKD)", () => {
    expect(found("ｱｶｳﾝﾄを作成", "ja", [term({ text: "アカウント", locale: "ja" })])).toHaveLength(1);
  });

  it("matches Arabic whole words, ignoring harakat", () => {
    const text = "قم بإنشاء حِسَاب جديد الآن";
    const res = found(text, "ar-EG", [term({ text: "حساب", locale: "ar" })]);
    expect(res).toHaveLength(1);
    expect(res[0].matched).toBe("حِسَاب");
    expect(text.slice(res[0].start)).toMatch(/^حِسَاب/);
  });

  it("does not match a German word inside a compound", () => {
    const terms = [term({ text: "Konto", locale: "de" })];
    expect(found("Öffnen Sie die Kontoeinstellungen.", "de-DE", terms)).toEqual([]);
    expect(found("Ihr Konto ist bereit.", "de-DE", terms).map((m) => m.matched)).toEqual(["Konto"]);
  });

  it("matches multi-word terms across irregular whitespace", () => {
    const res = found("We Assume\u00a0 Nothing here.", "en", [term({ text: "Assume Nothing", locale: "en" })]);
    expect(res.map((m) => m.matched)).toEqual(["Assume\u00a0 Nothing"]);
  });

  it("respects case-sensitive terms", () => {
    const terms = [term({ text: "Meridian", locale: "en", caseSensitive: true })];
    expect(found("the meridian line", "en", terms)).toEqual([]);
    expect(found("Try Meridian today", "en", terms)).toHaveLength(1);
  });

  it("is accent-insensitive unless the term is case-sensitive", () => {
    expect(found("Visit our café", "fr", [term({ text: "cafe", locale: "fr" })])).toHaveLength(1);
    expect(found("Visit our CAFÉ", "fr", [term({ text: "café", locale: "fr" })])).toHaveLength(1);
    expect(found("Visit our cafe", "fr", [term({ text: "café", locale: "fr", caseSensitive: true })])).toEqual([]);
    expect(found("Die STRASSE", "de", [term({ text: "Straße", locale: "de" })])).toHaveLength(1);
  });

  it("prefers the longest of overlapping terms", () => {
    const terms = [
      term({ text: "cloud", locale: "en" }),
      term({ text: "Meridian Cloud Platform", locale: "en" }),
      term({ text: "Meridian", locale: "en" }),
    ];
    expect(found("Meet Meridian Cloud Platform and the cloud.", "en", terms).map((m) => m.matched)).toEqual([
      "Meridian Cloud Platform",
      "cloud",
    ]);
  });

  it("falls back to a shorter term when the longer one is not applicable", () => {
    const terms = [
      term({ text: "Meridian Cloud", locale: "en", marketCode: "US" }),
      term({ text: "Meridian", locale: "en" }),
    ];
    expect(found("Meridian Cloud", "en-GB", terms, "GB").map((m) => m.matched)).toEqual(["Meridian"]);
    expect(found("Meridian Cloud", "en-US", terms, "US").map((m) => m.matched)).toEqual(["Meridian Cloud"]);
  });

  it("lets market-specific entries override the global entry of the same concept", () => {
    const global = term({ text: "Sale", locale: "de", conceptId: "sale", status: "preferred" });
    const at = term({ text: "Sale", locale: "de", conceptId: "sale", status: "forbidden", marketCode: "AT" });
    const abv = term({ text: "Abverkauf", locale: "de", conceptId: "sale", status: "preferred", marketCode: "AT" });
    expect(found("Großer Sale", "de-AT", [global, at, abv], "AT")[0].ids).toEqual([at.termId]);
    expect(found("Großer Sale", "de-DE", [global, at, abv], "DE")[0].ids).toEqual([global.termId]);
    const index = buildTermIndex([global, at, abv]);
    expect(approvedRendering(index, "sale", "de-AT", "AT")?.text).toBe("Abverkauf");
    expect(approvedRendering(index, "sale", "de-DE", "DE")?.text).toBe("Sale");
  });

  it("ignores terms of other locales", () => {
    expect(found("Konto", "de", [term({ text: "Konto", locale: "nl" })])).toEqual([]);
    expect(found("Konto", "de-DE", [term({ text: "Konto", locale: "de-AT" })])).toEqual([]);
  });

  it("reports offsets in the original text with ligatures and surrogate pairs", () => {
    const text = "😀 ﬁnal offer";
    const res = found(text, "en", [term({ text: "final offer", locale: "en" })]);
    expect(res).toHaveLength(1);
    expect(text.slice(res[0].start, res[0].end)).toBe("ﬁnal offer");
  });

  it("finds Thai terms by substring", () => {
    expect(found("สร้างบัญชีใหม่", "th", [term({ text: "บัญชี", locale: "th" })]).map((m) => m.matched)).toEqual([
      "บัญชี",
    ]);
  });
});

describe("word boundaries for spaced scripts", () => {
  it("keeps apostrophes and number separators inside words (UAX #29)", () => {
    const terms = [term({ text: "don", locale: "en" }), term({ text: "299", locale: "en" }), term({ text: "e-mail", locale: "en" })];
    expect(found("I don't know, don’t ask", "en", terms)).toEqual([]);
    expect(found("Only 1,299.00 today", "en", terms)).toEqual([]);
    expect(found("Send an e-mail or E‑mail", "en", terms).map((m) => m.matched)).toEqual(["e-mail", "E‑mail"]);
  });

  it("agrees with Intl.Segmenter on word starts for Latin, Cyrillic, Greek and Arabic text", () => {
    const samples = [
      "Hello, world! It's 3.5 times faster — really? (Yes.)",
      "Привет, мир: это «тест» №5.",
      "Καλημέρα κόσμε, τι κάνεις;",
      "مرحبا بالعالم، هذا اختبار!",
    ];
    for (const text of samples) {
      const ours = prepareText(text, "und");
      const seg = new Intl.Segmenter("und", { granularity: "word" });
      for (const s of seg.segment(text)) {
        expect(ours.boundary[ours.norm.normAt[s.index]], `${text} @${s.index}`).toBe(1);
      }
    }
  });
});
