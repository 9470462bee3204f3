import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseTbx } from "./parse-tbx";
import type { ConceptInput } from "./termbase-exchange.types";

const DIR = path.resolve(process.cwd(), "../shared/fixtures/tbx");
const FILES = ["tbx-basic-astronomy-dca.tbx", "tbx-basic-astronomy-dct.tbx", "tbx-core-structure-good.tbx", "tbx-min-good.tbx"];

function load(name: string): ConceptInput[] {
  const r = parseTbx(fs.readFileSync(path.join(DIR, name)));
  expect(r.problems).toEqual([]);
  return r.concepts;
}

function term(concepts: ConceptInput[], text: string) {
  return concepts.flatMap((c) => c.terms).find((t) => t.text === text);
}

describe("parseTbx on the shared fixtures", () => {
  it.each(FILES)("reads %s without problems: 45 concepts, 113 terms", (name) => {
    const concepts = load(name);
    expect(concepts).toHaveLength(45);
    expect(concepts.flatMap((c) => c.terms)).toHaveLength(113);
    expect(concepts[0].externalId).toBe("c1");
    expect(concepts[0].terms.map((t) => `${t.locale}:${t.text}`)).toEqual(["en:open cluster", "en:galactic cluster", "es:cúmulo abierto"]);
  });

  it("reads DCA and DCT TBX-Basic to the same terms, subjects and definitions", () => {
    // The two sample files differ only in a few language-level source notes; the elements kept
    // without a column (extra) are kept as each file writes them (descrip type="context" vs basic:context).
    const strip = (cs: ConceptInput[]) => cs.map(({ note: _note, extra: _extra, ...rest }) => ({ ...rest, terms: rest.terms.map(({ extra: _e, ...t }) => t) }));
    expect(strip(load("tbx-basic-astronomy-dct.tbx"))).toEqual(strip(load("tbx-basic-astronomy-dca.tbx")));
  });

  it("maps administrative status, part of speech, subject and definition", () => {
    const concepts = load("tbx-basic-astronomy-dca.tbx");
    expect(term(concepts, "open cluster")).toMatchObject({ status: "preferred", partOfSpeech: "noun" });
    expect(term(concepts, "galactic cluster")?.status).toBe("deprecated"); // supersededTerm-admn-sts
    expect(concepts[0]).toMatchObject({
      subject: "General",
      definition: "A group of stars formed together in the spiral arms of a galaxy.",
      note: "G-Source: http://www.physics.drexel.edu/observatory/dump.shtml",
    });
    const counts = concepts.flatMap((c) => c.terms).reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.status]: (acc[t.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ preferred: 12, admitted: 97, deprecated: 4 });
  });

  it("reads TBX-Min usageStatus values", () => {
    const concepts = load("tbx-min-good.tbx");
    expect(term(concepts, "accretion disc")?.status).toBe("admitted");
    expect(term(concepts, "disco de acreción")?.status).toBe("preferred");
    expect(concepts[1].subject).toBe("Stellar Birth");
  });

  it("reads TBX-Core with defaults", () => {
    expect(term(load("tbx-core-structure-good.tbx"), "brote de rayos gamma")).toEqual({ locale: "es", text: "brote de rayos gamma", status: "admitted", doNotTranslate: false, caseSensitive: false });
  });
});

describe("parseTbx on other inputs", () => {
  it("reads TBX v2 martif with tig and ntig, normalising locales", () => {
    const r = parseTbx(`<?xml version="1.0"?><martif type="TBX" xml:lang="en"><martifHeader/><text><body>
      <termEntry id="t1"><descrip type="definition">A thing</descrip>
        <langSet xml:lang="en-us"><tig><term>Widget</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
        <langSet xml:lang="de_de"><ntig><termGrp><term>Dings</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp></ntig></langSet>
      </termEntry></body></text></martif>`);
    expect(r.problems).toEqual([]);
    expect(r.concepts[0]).toMatchObject({ externalId: "t1", definition: "A thing" });
    expect(r.concepts[0].terms.map((t) => [t.locale, t.text, t.status])).toEqual([
      ["en-US", "Widget", "preferred"],
      ["de-DE", "Dings", "deprecated"],
    ]);
  });

  it("reads third-party do-not-translate and forbidden encodings", () => {
    const r = parseTbx(`<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c">
      <langSec xml:lang="en"><termSec><term>Meridian</term><termNote type="usageNote">Do not translate (brand)</termNote></termSec>
      <termSec><term>cheap</term><termNote type="administrativeStatus">forbiddenTerm-admn-sts</termNote></termSec>
      <termSec><term>ACME</term><termNote type="termType">doNotTranslate</termNote></termSec></langSec>
    </conceptEntry></body></text></tbx>`);
    expect(r.concepts[0].terms.map((t) => [t.text, t.status, t.doNotTranslate])).toEqual([
      ["Meridian", "admitted", true],
      ["cheap", "forbidden", false],
      ["ACME", "admitted", true],
    ]);
  });

  it("points problems at line, column and element path", () => {
    const r = parseTbx(`<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="a"><langSec xml:lang="en"><termSec><termNote type="partOfSpeech">noun</termNote></termSec><termSec><term>ok</term></termSec></langSec>
<langSec xml:lang="not a language!"><termSec><term>x</term></termSec></langSec></conceptEntry>
<conceptEntry id="b"><langSec><termSec><term>  </term></termSec></langSec></conceptEntry>
</body></text></tbx>`);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.line, p.path])).toEqual([
      // A termNote before its term breaks the TBX Core order (check-tbx-structure.ts).
      ["TBX_STRUCTURE", 2, "/tbx/text[1]/body[1]/conceptEntry[1]/langSec[1]/termSec[1]/termNote[1]"],
      ["TBX_MISSING_TERM", 2, "/tbx/text[1]/body[1]/conceptEntry[1]/langSec[1]/termSec[1]"],
      ["TBX_UNKNOWN_LANGUAGE", 3, "/tbx/text[1]/body[1]/conceptEntry[1]/langSec[2]"],
      ["TBX_MISSING_LANGUAGE", 4, "/tbx/text[1]/body[1]/conceptEntry[2]/langSec[1]"],
      ["TBX_CONCEPT_WITHOUT_TERMS", 4, "/tbx/text[1]/body[1]/conceptEntry[2]"],
    ]);
    expect(r.problems[0].column).toBeGreaterThan(1);
    expect(r.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([["ok"]]);
  });

  it("refuses malformed, truncated, oversized and entity-laden files", () => {
    const codes = (x: string | Buffer, maxBytes?: number) => parseTbx(x, { maxBytes }).problems.map((p) => p.code);
    const good = fs.readFileSync(path.join(DIR, "tbx-min-good.tbx"));
    expect(codes(good.subarray(0, 2000))).toEqual(["XML_MALFORMED"]);
    expect(codes(`<tbx><text></tbx>`)).toEqual(["XML_MALFORMED"]);
    expect(codes(good, 1000)).toEqual(["XML_TOO_LARGE"]);
    expect(codes(`<!DOCTYPE tbx [<!ENTITY e SYSTEM "file:///etc/passwd">]><tbx>&e;</tbx>`)).toEqual(["XML_EXTERNAL_ENTITY"]);
    expect(codes(`<!DOCTYPE tbx [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;&a;">]><tbx>&b;</tbx>`)).toEqual(["XML_DTD_FORBIDDEN", "XML_DTD_FORBIDDEN"]);
    expect(codes(`<xliff/>`)).toEqual(["TBX_NOT_TBX"]);
    // A root in another namespace holds no TBX elements: refused, not read as an empty termbase.
    expect(codes(`<tbx xmlns="urn:iso:std:iso:30042:ed-36"><text><body><conceptEntry id="c"/></body></text></tbx>`)).toEqual(["TBX_UNKNOWN_NAMESPACE"]);
  });

  it("decodes ISO-8859-1 and UTF-16 files", () => {
    const xml = `<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c"><langSec xml:lang="fr"><termSec><term>café</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const latin1 = iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?>${xml}`, "latin1");
    expect(latin1.includes(0xe9)).toBe(true);
    expect(parseTbx(latin1).concepts[0].terms[0].text).toBe("café");
    const utf16 = iconv.encode(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, "utf-16be", { addBOM: true });
    expect(parseTbx(utf16).concepts[0].terms[0].text).toBe("café");
  });
});
