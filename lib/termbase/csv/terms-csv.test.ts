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
    expect(csv.split("\r\n")[0]).toBe("concept_id,subject,definition,locale,term,status,do_not_translate,case_sensitive,part_of_speech,usage_note,back_translation,market,note,concept_extra,extra");
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
    expect(parseTermsCsv("Hello,World\nen,Hello\n").problems.map((p) => p.code)).toEqual(["CSV_MISSING_COLUMN"]);
    expect(parseTermsCsv("").problems.map((p) => p.code)).toEqual(["CSV_EMPTY"]);
    expect(parseTermsCsv("locale,term\nen,x\n", { maxBytes: 5 }).problems.map((p) => p.code)).toEqual(["CSV_TOO_LARGE"]);
  });

  it("refuses text that is not UTF-8, NUL characters and broken quoting instead of importing damaged terms", () => {
    const codes = (input: string | Uint8Array) => parseTermsCsv(input).problems.map((p) => [p.code, p.line]);
    // Excel's plain "CSV" on Windows: Windows-1252, é is the byte 0xE9.
    expect(codes(Buffer.from([...Buffer.from("locale,term\r\nfr-FR,Caf"), 0xe9, 0x0d, 0x0a]))).toEqual([["CSV_NOT_UTF8", undefined]]);
    expect(codes("locale,term\nfr-FR,Caf\uFFFD\n")).toEqual([["CSV_NOT_UTF8", undefined]]);
    expect(codes("locale,term\nen,ok\nen,Ca\u0000rt\n")).toEqual([["CSV_NUL_CHARACTER", 3]]);
    expect(codes('locale,term\nen-US,"5 inch\nde-DE,Zoll\nfr-FR,pouce\n')).toEqual([["CSV_MALFORMED_QUOTES", 2]]);
    expect(codes('locale,term\nen,ok\nen-US,"Hello" world\nde-DE,Hallo\n')).toEqual([["CSV_MALFORMED_QUOTES", 3]]);
  });

  it("reads headers written with spaces or hyphens, Excel's localised booleans, blank rows and any line ending; refuses words as locales", () => {
    const r = parseTermsCsv("Concept ID;Locale;Term;Do Not Translate;Part of Speech\r\nc1;en-US;Meridian;WAHR;noun\r\n;;;;\r\nc1;de-DE;Meridian;vrai;noun\r\n");
    expect(r.problems).toEqual([]);
    expect(r.concepts).toEqual([
      {
        externalId: "c1",
        terms: [
          { locale: "en-US", text: "Meridian", status: "admitted", doNotTranslate: true, caseSensitive: false, partOfSpeech: "noun" },
          { locale: "de-DE", text: "Meridian", status: "admitted", doNotTranslate: true, caseSensitive: false, partOfSpeech: "noun" },
        ],
      },
    ]);
    for (const eol of ["\n", "\r\n", "\r"]) {
      const bad = parseTermsCsv(["locale,term", "en,ok", ",,", "English,Hello", "basket,x"].join(eol));
      expect(bad.problems.map((p) => [p.code, p.line])).toEqual([
        ["CSV_INVALID_LOCALE", 4],
        ["CSV_INVALID_LOCALE", 5],
      ]);
    }
  });

  it("reads glossaries with one column per language, as Google, Crowdin and Lokalise export them", () => {
    const google = parseTermsCsv("en,de,fr,pos,description\nCart,Warenkorb,Panier,noun,Where items wait\nCheckout,,Paiement,,\n");
    expect(google.problems).toEqual([]);
    expect(google.concepts).toEqual([
      {
        definition: "Where items wait",
        terms: [
          { locale: "en", text: "Cart", status: "preferred", doNotTranslate: false, caseSensitive: false, partOfSpeech: "noun" },
          { locale: "de", text: "Warenkorb", status: "preferred", doNotTranslate: false, caseSensitive: false, partOfSpeech: "noun" },
          { locale: "fr", text: "Panier", status: "preferred", doNotTranslate: false, caseSensitive: false, partOfSpeech: "noun" },
        ],
      },
      {
        terms: [
          { locale: "en", text: "Checkout", status: "preferred", doNotTranslate: false, caseSensitive: false },
          { locale: "fr", text: "Paiement", status: "preferred", doNotTranslate: false, caseSensitive: false },
        ],
      },
    ]);
    const crowdin = parseTermsCsv("Term [en],Description [en],Part of Speech [en],Term [de-DE],Description [de-DE]\nMeridian,Our brand,proper noun,Meridian,Nie übersetzen\n");
    expect(crowdin.concepts[0]!.terms).toEqual([
      { locale: "en", text: "Meridian", status: "preferred", doNotTranslate: false, caseSensitive: false, usageNote: "Our brand", partOfSpeech: "proper noun" },
      { locale: "de-DE", text: "Meridian", status: "preferred", doNotTranslate: false, caseSensitive: false, usageNote: "Nie übersetzen" },
    ]);
    // Lokalise: `term` is the base language's term, named by no column: it must repeat one.
    const lokalise = "term;description;casesensitive;translatable;forbidden;tags;en;en_description;de_DE;de_DE_description\n";
    const ok = parseTermsCsv(`${lokalise}Meridian;Brand;yes;no;no;;Meridian;;Meridian;Marke\ncheap;;no;yes;yes;;cheap;;billig;\n`);
    expect(ok.problems).toEqual([]);
    expect(ok.concepts.map((c) => [c.definition, c.terms.map((t) => [t.locale, t.text, t.status, t.doNotTranslate, t.caseSensitive, t.usageNote])])).toEqual([
      ["Brand", [["en", "Meridian", "preferred", true, true, undefined], ["de-DE", "Meridian", "preferred", true, true, "Marke"]]],
      [undefined, [["en", "cheap", "forbidden", false, false, undefined], ["de-DE", "billig", "forbidden", false, false, undefined]]],
    ]);
    const untagged = parseTermsCsv(`${lokalise}Warenkorb;;no;yes;no;;;;;\n`);
    expect(untagged.problems.map((p) => [p.code, p.line])).toEqual([["CSV_TERM_WITHOUT_LANGUAGE", 2]]);
    // Every language the runtime knows (Indonesian "id", Norwegian "no"); other short headers are not languages.
    const short = parseTermsCsv("en,id,no,URL,tax\nCart,Keranjang,Handlekurv,http://x,19%\n");
    expect(short.concepts[0]!.terms.map((t) => t.locale)).toEqual(["en", "id", "no"]);
    expect(parseTermsCsv("en,Term [en],de\nCart,Basket,Warenkorb\n").problems.map((p) => [p.code, p.line])).toEqual([["CSV_DUPLICATE_COLUMN", 1]]);
  });

  it("guesses the separator of two-column files with blank lines (tab, semicolon), UTF-16 included", () => {
    for (const text of ["locale\tterm\n\nen\tx\nde\ty\n", "locale;term\r\n\r\nen;x\r\nde;y\r\n"]) {
      expect(parseTermsCsv(text).concepts.map((c) => c.terms[0]!.text)).toEqual(["x", "y"]);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("locale\tterm\r\nen-US\tCart\r\n", "utf16le")]);
    expect(parseTermsCsv(utf16).concepts).toEqual([{ terms: [{ locale: "en-US", text: "Cart", status: "admitted", doNotTranslate: false, caseSensitive: false }] }]);
    // A replacement character in UTF-8 bytes is text like any other.
    expect(parseTermsCsv(Buffer.from("locale,term\nde,Gr\uFFFDße\n")).problems).toEqual([]);
  });

  it("reads a large file in linear time", () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `c${i},en-US,Term ${i},some words`);
    const started = performance.now();
    const r = parseTermsCsv(["concept_id,locale,term,definition", ...rows].join("\n"));
    expect(r.concepts).toHaveLength(40_000);
    // Rescanning from the start for each row's line number took minutes at this size.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
