import { describe, expect, it } from "vitest";
import { chunkStarts, graphemeStarts, segmentText } from "./segment-text";

const samples = [
  "Hello world, this is a test. ".repeat(30),
  "Grüße aus Köln! Café crème e\u0301 \u{1F1E9}\u{1F1EA} flag 👩‍👩‍👧 family\r\n next line ".repeat(30),
  "アカウント設定を変更してください。ログイン画面で、ブログの記事を読む。日本語 テキスト ".repeat(30),
  "ภาษาไทย ไม่มีช่องว่าง ระหว่างคำ ".repeat(30),
  "don't e.g. 1,299.00 USD  double  spaces\ttab x\u200Dy a\u0308 ".repeat(30),
  "   ".repeat(400) + "a",
  "",
  "x",
];

describe("segmentText", () => {
  it("cuts long texts into several chunks", () => {
    expect(chunkStarts(samples[0]!, 64).length).toBeGreaterThan(5);
  });

  for (const granularity of ["grapheme", "word"] as const) {
    it(`gives the same ${granularity} segments as segmenting the whole text`, () => {
      for (const locale of ["en-US", "de-DE", "ja-JP", "th-TH"]) {
        const seg = new Intl.Segmenter(locale, { granularity });
        for (const text of samples) {
          const whole = [...seg.segment(text)].map((s) => [s.index, s.segment, s.isWordLike]);
          const chunked = segmentText(seg, text).map((s) => [s.index, s.segment, s.isWordLike]);
          expect(chunked).toEqual(whole);
          if (granularity === "grapheme") expect(graphemeStarts(text, locale)).toEqual(whole.map((w) => w[0]));
        }
      }
    });
  }
});

describe("graphemeStarts", () => {
  it("matches Intl.Segmenter on mixed texts", () => {
    const mixed = [
      "Preis: 1.234,50 € – „Angebot“… ©\u200D👍 ®️ a\r\nb \r\r\n e\u0301\u0302 한국어 \u1100\u1161\u11A8 🇩🇪🇫🇷🇮",
      "नमस्ते दुनिया क्षत्रिय ", "ﷺ \u0600\u0661 مرحبا بالعالم ", "x\u200Dy\u200C z", "\u00AD\u00A9\u0300", "\r\n",
    ];
    for (const base of mixed) {
      for (const text of [base, base.repeat(50)]) {
        const whole = [...new Intl.Segmenter("de-DE", { granularity: "grapheme" }).segment(text)].map((s) => s.index);
        expect(graphemeStarts(text, "de-DE")).toEqual(whole);
      }
    }
  });
});
