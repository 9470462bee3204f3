import { describe, expect, it } from "vitest";
import { parseTbx } from "./parse-tbx";
import { writeTbx } from "./write-tbx";
import type { ConceptInput } from "./termbase-exchange.types";

const CONCEPTS: ConceptInput[] = [
  {
    externalId: "brand-1",
    subject: "Branding",
    definition: "Our product name & mark <always> as written.",
    note: "Legal approved 2024",
    terms: [
      { locale: "en-US", text: "Meridian", status: "preferred", doNotTranslate: true, caseSensitive: true, partOfSpeech: "properNoun", marketCode: "US" },
      { locale: "en-US", text: "meridian app", status: "forbidden", doNotTranslate: false, caseSensitive: false, usageNote: "Never lower-case the brand" },
      { locale: "ar", text: "ميريديان", status: "admitted", doNotTranslate: false, caseSensitive: false, backTranslation: "Meridian" },
    ],
  },
  {
    externalId: "42 not-an-ncname",
    terms: [
      { locale: "de-DE", text: "Warenkorb", status: "preferred", doNotTranslate: false, caseSensitive: false },
      { locale: "de-DE", text: "Einkaufswagen", status: "deprecated", doNotTranslate: false, caseSensitive: false },
    ],
  },
];

describe("writeTbx", () => {
  it("round-trips through parseTbx, including forbidden and do-not-translate", () => {
    const xml = writeTbx(CONCEPTS);
    const r = parseTbx(xml);
    expect(r.problems).toEqual([]);
    expect(r.concepts).toEqual(CONCEPTS);
  });

  it("writes a TBX-Basic DCA header and standard status values", () => {
    const xml = writeTbx(CONCEPTS);
    expect(xml).toContain(`<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">`);
    expect(xml).toContain("<tbxHeader>");
    // forbidden degrades to deprecated for other tools; the note restores it for us.
    expect(xml).toMatch(/<term>meridian app<\/term>[\s\S]*deprecatedTerm-admn-sts[\s\S]*meridian:forbidden/);
    expect(xml).toContain(`<conceptEntry id="c2">`);
  });

  it("uses only TBX-Basic data categories (a usage note travels as a note)", () => {
    const xml = writeTbx(CONCEPTS);
    const BASIC_TERM_NOTES = new Set(["partOfSpeech", "administrativeStatus", "grammaticalGender", "geographicalUsage", "termType", "termLocation"]);
    const termNotes = [...xml.matchAll(/<termNote type="([^"]+)"/g)].map((m) => m[1]);
    expect(termNotes.filter((t) => !BASIC_TERM_NOTES.has(t!))).toEqual([]);
    expect([...xml.matchAll(/<descrip type="([^"]+)"/g)].map((m) => m[1]).every((t) => ["definition", "subjectField", "context"].includes(t!))).toBe(true);
    expect(xml).toContain("<note>meridian:usage-note: Never lower-case the brand</note>");
  });
});

describe("writeTbx schema references", () => {
  it("names the TBX Core RNG and the TBX-Basic Schematron that LTAC's own DCA example names (schemas that exist)", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const sample = readFileSync(path.resolve(process.cwd(), "../shared/fixtures/tbx/tbx-basic-astronomy-dca.tbx"), "utf8");
    const models = (text: string) => [...text.matchAll(/<\?xml-model href="([^"]+)"/g)].map((m) => m[1]);
    const tbx = writeTbx([{ terms: [{ locale: "en", text: "x", status: "preferred", doNotTranslate: false, caseSensitive: false }] }]);
    expect(models(tbx)).toEqual(models(sample));
  });
});

describe("writeTbx root language", () => {
  const t = (locale: string, text: string) => ({ locale, text, status: "preferred" as const, doNotTranslate: false, caseSensitive: false });
  it("is the termbase's source language (the one in most concepts), not the first term's", () => {
    const tbx = writeTbx([{ terms: [t("de-DE", "Konto"), t("en-US", "account")] }, { terms: [t("en-US", "cart")] }, { terms: [t("fr-FR", "panier"), t("en-GB", "basket")] }]);
    expect(tbx).toMatch(/<tbx [^>]*xml:lang="en"/);
    expect(writeTbx([{ terms: [t("de-DE", "Konto")] }], { sourceLanguage: "fr" })).toMatch(/<tbx [^>]*xml:lang="fr"/);
  });
});
