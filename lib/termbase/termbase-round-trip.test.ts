import { describe, expect, it } from "vitest";
import { parseTermsCsv } from "./csv/parse-terms-csv";
import { writeTermsCsv } from "./csv/write-terms-csv";
import { parseTbx } from "./tbx/parse-tbx";
import { canonicalExtra, describeExtraNode } from "./tbx/tbx-extra";
import type { ConceptInput } from "./tbx/termbase-exchange.types";
import { writeTbx } from "./tbx/write-tbx";
import { generateTermbase } from "./testing/generate-termbase";

/**
 * A concept as compared: its terms grouped by language in first-seen order (TBX has one language
 * section per language) and its kept elements in their canonical order (grouped by language).
 */
function comparable(concepts: ConceptInput[]) {
  return concepts.map(({ extra, terms, ...rest }) => {
    const locales = [...new Set(terms.map((t) => t.locale))];
    const grouped = locales.flatMap((locale) => terms.filter((t) => t.locale === locale));
    return { ...rest, extra: canonicalExtra(extra), terms: grouped.map(({ extra: e, ...t }) => ({ ...t, extra: canonicalExtra(e) })) };
  });
}

const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);

describe("lossless round trip of generated termbases (every field, every kept TBX element)", () => {
  it.each(SEEDS)("TBX 2019, seed %i: write → read gives the same concepts, without a problem", (seed) => {
    const concepts = generateTermbase(seed, 20, { marketCodes: ["DE", "FR"] });
    const read = parseTbx(writeTbx(concepts));
    expect(read.problems).toEqual([]);
    expect(comparable(read.concepts)).toEqual(comparable(concepts));
  });

  it.each(SEEDS)("TBX v2 (martif), seed %i: write → read gives the same concepts", (seed) => {
    const concepts = generateTermbase(seed, 20, { marketCodes: ["DE"] });
    const file = writeTbx(concepts, { version: "v2" });
    expect(file).toContain(`<martif type="TBX-Basic"`);
    const read = parseTbx(file);
    expect(read.problems).toEqual([]);
    expect(comparable(read.concepts)).toEqual(comparable(concepts));
  });

  it.each(SEEDS)("CSV, seed %i: write → read gives the same concepts", (seed) => {
    const concepts = generateTermbase(seed, 20, { marketCodes: ["DE"] });
    const read = parseTermsCsv(writeTermsCsv(concepts));
    expect(read.problems).toEqual([]);
    expect(comparable(read.concepts)).toEqual(comparable(concepts));
  });

  it("the generator carries every field and every kind of kept element", () => {
    const concepts = SEEDS.flatMap((seed) => generateTermbase(seed, 20, { marketCodes: ["DE"] }));
    const terms = concepts.flatMap((c) => c.terms);
    for (const key of ["subject", "definition", "note", "extra"] as const) expect(concepts.some((c) => c[key] !== undefined)).toBe(true);
    for (const key of ["partOfSpeech", "usageNote", "backTranslation", "marketCode", "extra"] as const) expect(terms.some((t) => t[key] !== undefined)).toBe(true);
    const kinds = new Set([...concepts.flatMap((c) => c.extra ?? []), ...terms.flatMap((t) => t.extra ?? [])].map((n) => n.attrs?.type ?? n.name));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["context", "source", "transacGrp", "externalCrossReference", "crossReference", "note", "grammaticalGender", "definition"]));
  });
});

describe("TBX elements without a column are kept, not dropped", () => {
  const file = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descripGrp>
        <descrip type="definition">A shoe for running.</descrip>
        <admin type="source">Style guide 2024</admin>
      </descripGrp>
      <admin type="customerSubset">Retail</admin>
      <transacGrp>
        <transac type="transactionType">origination</transac>
        <date>2024-03-01</date>
        <transacNote type="responsibility">Ann</transacNote>
      </transacGrp>
      <note>First paragraph.</note>
      <note>Second paragraph.</note>
      <langSec xml:lang="en">
        <descrip type="definition">Another wording.</descrip>
        <termSec>
          <term>running shoe</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="grammaticalGender">other</termNote>
          <descrip type="context">Our running shoe is light.</descrip>
          <note>Checked by legal.</note>
          <xref type="externalCrossReference" target="https://example.com/shoe">picture</xref>
          <ref type="crossReference" target="c2">trainer</ref>
        </termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

  it("reads context, admin, transacGrp, xref, ref, term notes and a second definition into extra, in document order", () => {
    const { concepts, problems } = parseTbx(file);
    expect(problems).toEqual([]);
    const [concept] = concepts;
    expect(concept!.definition).toBe("A shoe for running.");
    expect(concept!.note).toBe("First paragraph.\n\nSecond paragraph.");
    expect(concept!.extra!.map((n) => describeExtraNode(n))).toEqual([
      { label: "definition", lines: ["definition: A shoe for running.", "source: Style guide 2024"] },
      { label: "customerSubset", lines: ["Retail"] },
      { label: "transactionType", lines: ["transactionType: origination", "date: 2024-03-01", "responsibility: Ann"] },
      { label: "definition", lines: ["Another wording."] },
    ]);
    expect(concept!.extra![3]!.lang).toBe("en");
    const term = concept!.terms[0]!;
    expect(term.partOfSpeech).toBe("noun");
    expect(term.extra!.map((n) => describeExtraNode(n))).toEqual([
      { label: "grammaticalGender", lines: ["other"] },
      { label: "context", lines: ["Our running shoe is light."] },
      { label: "note", lines: ["Checked by legal."] },
      { label: "externalCrossReference", lines: ["picture → https://example.com/shoe"] },
      { label: "crossReference", lines: ["trainer → c2"] },
    ]);
  });

  it("writes them back: the exported file reads to the same concepts, and the multi-paragraph note stays two paragraphs", () => {
    const first = parseTbx(file).concepts;
    const exported = writeTbx(first);
    expect(exported).toContain(`<note xml:space="preserve">First paragraph.\n\nSecond paragraph.</note>`);
    // The group carries the definition: it is written once, as the group.
    expect(exported.match(/A shoe for running/g)).toHaveLength(1);
    expect(comparable(parseTbx(exported).concepts)).toEqual(comparable(first));
  });
});

describe("kept values outside TBX-Basic's picklists", () => {
  it("make the export declare TBX-Core, so reading it back neither refuses nor drops them", () => {
    const core = `<?xml version="1.0"?><tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
      <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>shoe</term><termNote type="termType">fullFormish</termNote></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    const first = parseTbx(core);
    expect(first.problems).toEqual([]);
    const exported = writeTbx(first.concepts);
    expect(exported).toContain(`<tbx type="TBX-Core"`);
    expect(exported).not.toContain("TBX-Basic_DCA.sch");
    const again = parseTbx(exported);
    expect(again.problems).toEqual([]);
    expect(comparable(again.concepts)).toEqual(comparable(first.concepts));
    expect(writeTbx(generateTermbase(1, 5))).toContain(`<tbx type="TBX-Basic"`);
  });
});

