// Issue 15, item 1: a small XML file must not freeze the server. Each test is named after the
// attack; time budgets are generous for a loaded CI machine, and each attack took seconds to
// minutes before the limits (30,000 nested groups: 4.5 s; 100,000 nested TBX notes: 80 s).
import { describe, expect, it } from "vitest";
import { readXml } from "@/lib/core/xml/read-xml";
import { parseXliff, parseXliffAsync } from "@/lib/exchange/xliff/parse-xliff";
import { parseTbx, parseTbxAsync } from "@/lib/termbase/tbx/parse-tbx";

const XLIFF_OPEN = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f">`;
const XLIFF_CLOSE = `</file></xliff>`;
const TBX_OPEN = `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core" style="dca" xml:lang="en"><text><body>`;
const TBX_CLOSE = `</body></text></tbx>`;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function codes(r: { ok: boolean; problems?: { code: string }[] }): string[] {
  return (r.problems ?? []).map((p) => p.code);
}

function manyUnits(count: number): string {
  const units: string[] = [];
  for (let i = 0; i < count; i++) units.push(`<unit id="u${i}"><segment><source>Hello world ${i}</source><target>Hallo Welt ${i}</target></segment></unit>`);
  return XLIFF_OPEN + units.join("\n") + XLIFF_CLOSE;
}

describe("XML bombs", () => {
  it("deep XLIFF: 30,000 nested <group>s (660 KB) are refused with XML_TOO_DEEP in milliseconds", () => {
    const xliff = `${XLIFF_OPEN}${'<group id="g">'.repeat(30_000)}<unit id="u"><segment><source>a</source></segment></unit>${"</group>".repeat(30_000)}${XLIFF_CLOSE}`;
    const { result, ms } = timed(() => parseXliff(xliff));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "XML_TOO_DEEP", line: 1 });
    expect(result.problems[0].column).toBeGreaterThan(1);
    expect(ms).toBeLessThan(250);
  });

  it("deep TBX: 100,000 nested elements are refused with XML_TOO_DEEP in milliseconds", () => {
    const tbx = `${TBX_OPEN}<conceptEntry id="c"><langSec xml:lang="en"><termSec><term>x</term>${"<note>".repeat(100_000)}a${"</note>".repeat(100_000)}</termSec></langSec></conceptEntry>${TBX_CLOSE}`;
    const { result, ms } = timed(() => parseTbx(tbx));
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(["XML_TOO_DEEP"]);
    expect(ms).toBeLessThan(250);
  });

  it("nested concept entries: 100,000 nested <conceptEntry>s are refused with XML_TOO_DEEP", () => {
    const tbx = `${TBX_OPEN}${"<conceptEntry>".repeat(100_000)}${"</conceptEntry>".repeat(100_000)}${TBX_CLOSE}`;
    const { result, ms } = timed(() => parseTbx(tbx));
    expect(codes(result)).toEqual(["XML_TOO_DEEP"]);
    expect(ms).toBeLessThan(250);
  });

  it("element flood: more elements than the limit are refused with XML_TOO_MANY_ELEMENTS", () => {
    const r = readXml(`<a>${"<b/>".repeat(1001)}</a>`, { maxElements: 1000 });
    expect(codes(r)).toEqual(["XML_TOO_MANY_ELEMENTS"]);
    // The default limit leaves room for far more than a 20 MB exchange file holds.
    expect(readXml(`<a>${"<b/>".repeat(100_000)}</a>`).ok).toBe(true);
  });

  it("attribute flood: an element with 10,000 attributes is refused with XML_TOO_MANY_ATTRIBUTES", () => {
    const attrs = Array.from({ length: 10_000 }, (_, i) => `a${i}="x"`).join(" ");
    const { result, ms } = timed(() => readXml(`<root><e ${attrs}/></root>`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "XML_TOO_MANY_ATTRIBUTES", line: 1, column: 7 });
    expect(ms).toBeLessThan(250);
  });

  it("whitespace run in a TBX field: 200,000 spaces read in linear time (no regex backtracking)", () => {
    const tbx = `${TBX_OPEN}<conceptEntry id="c"><descrip type="definition">a${" ".repeat(200_000)}b</descrip><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>${TBX_CLOSE}`;
    const { result, ms } = timed(() => parseTbx(tbx));
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(500);
  });

  it("nesting up to the limit is still read: 100 nested groups", () => {
    const groups = Array.from({ length: 100 }, (_, i) => `<group id="g${i}">`).join("");
    const r = parseXliff(`${XLIFF_OPEN}${groups}<unit id="u"><segment><source>a</source></segment></unit>${"</group>".repeat(100)}${XLIFF_CLOSE}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc.files[0].units[0].groups).toHaveLength(100);
  });

  it("a 10,000-unit XLIFF is still accepted, in linear time", () => {
    const { result, ms } = timed(() => parseXliff(manyUnits(10_000)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.files[0].units).toHaveLength(10_000);
    expect(ms).toBeLessThan(5_000);
  });

  it("large import vs. other users: a timer set during a 20,000-unit parse fires within 100 ms", async () => {
    const xliff = manyUnits(20_000);
    const start = performance.now();
    let firedAfter: number | undefined;
    setTimeout(() => (firedAfter = performance.now() - start), 1);
    const parsing = parseXliffAsync(xliff);
    const result = await parsing;
    const total = performance.now() - start;
    expect(result.ok).toBe(true);
    expect(firedAfter).toBeDefined();
    expect(firedAfter!).toBeLessThan(100);
    // The timer fired during the parse, not after it.
    expect(firedAfter!).toBeLessThan(total);
  });

  it("large TBX import vs. other users: parseTbxAsync yields too", async () => {
    const concepts = Array.from({ length: 5_000 }, (_, i) => `<conceptEntry id="c${i}"><langSec xml:lang="en"><termSec><term>term ${i}</term></termSec></langSec></conceptEntry>`);
    const start = performance.now();
    let firedAfter: number | undefined;
    setTimeout(() => (firedAfter = performance.now() - start), 1);
    const result = await parseTbxAsync(TBX_OPEN + concepts.join("\n") + TBX_CLOSE);
    expect(result.ok).toBe(true);
    expect(result.concepts).toHaveLength(5_000);
    expect(firedAfter).toBeDefined();
    expect(firedAfter!).toBeLessThan(100);
  });
});
