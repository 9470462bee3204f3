// TBX Core structure (issue 16): each rule with a file written for it; the shared fixtures (read
// without problems in parse-tbx.test.ts) are the structurally good side.
import { describe, expect, it } from "vitest";
import { parseTbx } from "./parse-tbx";

const tbx = (body: string) =>
  `<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>\n${body}\n</body></text></tbx>`;
const entry = (id: string, inner: string) => `<conceptEntry id="${id}">${inner}</conceptEntry>`;
const en = (...terms: string[]) => `<langSec xml:lang="en">${terms.map((t) => `<termSec><term>${t}</term></termSec>`).join("")}</langSec>`;

const rules = (r: ReturnType<typeof parseTbx>) => r.problems.map((p) => [p.rule ?? p.code, p.line]);

describe("TBX Core structure", () => {
  it("reads a well-formed concept → language → term file without problems", () => {
    const r = parseTbx(tbx(entry("c1", `<descrip type="definition">d</descrip>${en("one", "two")}`)));
    expect(r.problems).toEqual([]);
    expect(r.concepts[0].terms.map((t) => t.text)).toEqual(["one", "two"]);
  });

  it("refuses a term outside a term section, with its line", () => {
    const r = parseTbx(tbx(`${entry("c1", en("ok"))}\n${entry("c2", `<langSec xml:lang="en"><term>misplaced</term><termSec><term>kept</term></termSec></langSec>`)}`));
    expect(r.ok).toBe(false);
    expect(rules(r)).toEqual([["tbx:term.placement", 4]]);
  });

  it("refuses a term section directly in a concept entry, and a language section inside another", () => {
    const r = parseTbx(tbx(entry("c1", `<termSec><term>x</term></termSec>\n<langSec xml:lang="en"><langSec xml:lang="de"><termSec><term>y</term></termSec></langSec><termSec><term>z</term></termSec></langSec>`)));
    expect(rules(r)).toEqual([
      ["tbx:termSec.placement", 3],
      ["tbx:langSec.placement", 4],
    ]);
  });

  it("refuses sections out of order: a concept's data category after its language sections, a note before the term", () => {
    const r = parseTbx(tbx(entry("c1", `${en("a")}\n<descrip type="definition">late</descrip><langSec xml:lang="de"><termSec><note>early</note><term>b</term></termSec></langSec>`)));
    expect(rules(r)).toEqual([
      ["tbx:conceptEntry.order", 4],
      ["tbx:termSec.order", 4],
    ]);
  });

  it("refuses a concept entry outside the body", () => {
    const r = parseTbx(`<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core"><text><conceptEntry id="c"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry><body/></text></tbx>`);
    expect(r.problems.map((p) => p.rule)).toEqual(["tbx:conceptEntry.placement"]);
  });

  it("skips an empty <term/> (CAT-tool exports) with a warning and reads the rest", () => {
    const r = parseTbx(
      tbx(`${entry("c1", `${en("kept")}<langSec xml:lang="de"><termSec><term/></termSec></langSec>`)}\n${entry("c2", `<langSec xml:lang="de"><termSec><term> </term></termSec></langSec>`)}`),
    );
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([["kept"]]);
    expect(r.warnings?.map((w) => [w.code, w.line])).toEqual([
      ["TBX_EMPTY_TERM", 3],
      ["TBX_EMPTY_TERM", 4],
      ["TBX_CONCEPT_WITHOUT_TERMS", 4],
    ]);
  });

  it("checks order in linear time: a concept with 50,000 notes", () => {
    const start = performance.now();
    const r = parseTbx(tbx(entry("c1", `${"<note>n</note>".repeat(50_000)}${en("x")}`)));
    expect(r.problems).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
