import { describe, expect, it } from "vitest";
import type { ConceptInput } from "@/lib/termbase/tbx/termbase-exchange.types";
import { parseTermsCsv } from "./parse-terms-csv";
import { writeTermsCsv } from "./write-terms-csv";

const CONCEPTS: ConceptInput[] = [
  {
    externalId: "brand-1",
    subject: "Branding",
    definition: 'Product name, "as is"\nsecond line',
    terms: [
      { locale: "en-US", text: "Meridian", status: "preferred", doNotTranslate: true, caseSensitive: true, partOfSpeech: "properNoun", marketCode: "US" },
      { locale: "en-US", text: "=cheap", status: "forbidden", doNotTranslate: false, caseSensitive: false, usageNote: "Never, ever" },
      { locale: "ar", text: "ميريديان", status: "admitted", doNotTranslate: false, caseSensitive: false, backTranslation: "Meridian" },
    ],
  },
  { externalId: "cart", terms: [{ locale: "de-DE", text: "Warenkorb", status: "deprecated", doNotTranslate: false, caseSensitive: false }] },
];

describe("terms CSV", () => {
  it("round-trips write → parse", () => {
    const csv = writeTermsCsv(CONCEPTS);
    expect(csv.split("\r\n")[0]).toBe("concept_id,subject,definition,locale,term,status,do_not_translate,case_sensitive,part_of_speech,usage_note,back_translation,market");
    expect(csv).toContain(`'=cheap`); // formula guard
    const r = parseTermsCsv(csv);
    expect(r.problems).toEqual([]);
    expect(r.concepts).toEqual(CONCEPTS);
  });

  it("normalises locales, defaults and accepts any column order and a BOM", () => {
    const r = parseTermsCsv(Buffer.from("\uFEFFterm,locale,do_not_translate\nHello,en-us,yes\n"));
    expect(r.concepts).toEqual([{ terms: [{ locale: "en-US", text: "Hello", status: "admitted", doNotTranslate: true, caseSensitive: false }] }]);
  });

  it("points problems at file lines and column names, counting multi-line cells", () => {
    const csv = [
      "concept_id,locale,term,status,case_sensitive",
      'c1,en,"two\nlines",preferred,no',
      "c1,xx-!!,bad,admitted,no",
      "c2,en,,admitted,no",
      "c3,en,ok,sometimes,maybe",
      "c4,fr,bon,,",
    ].join("\n");
    const r = parseTermsCsv(csv);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.line, p.path])).toEqual([
      ["CSV_INVALID_LOCALE", 4, "locale"],
      ["CSV_MISSING_TERM", 5, "term"],
      ["CSV_INVALID_STATUS", 6, "status"],
      ["CSV_INVALID_BOOLEAN", 6, "case_sensitive"],
    ]);
    expect(r.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([["two\nlines"], ["bon"]]);
  });

  it("requires a header with locale and term, and enforces a size limit", () => {
    expect(parseTermsCsv("en,Hello\n").problems.map((p) => p.code)).toEqual(["CSV_MISSING_COLUMN"]);
    expect(parseTermsCsv("").problems.map((p) => p.code)).toEqual(["CSV_EMPTY"]);
    expect(parseTermsCsv("locale,term\nen,x\n", { maxBytes: 5 }).problems.map((p) => p.code)).toEqual(["CSV_TOO_LARGE"]);
  });
});
