// TBX dialect rules (issue 16): a file declaring TBX-Basic or TBX-Min is held to its picklists,
// problems per element; importing anyway drops those fields only when explicitly chosen. Our own
// TBX-Basic export maps parts of speech to the picklist and keeps the original.
import { describe, expect, it } from "vitest";
import { parseTbx } from "./parse-tbx";
import { writeTbx } from "./write-tbx";

const file = (type: string, termNotes: string) =>
  `<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="${type}" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>\n` +
  `<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>checkout</term>\n${termNotes}</termSec></langSec></conceptEntry>\n</body></text></tbx>`;

describe("TBX dialect picklists", () => {
  const nominal = `<termNote type="partOfSpeech">nominal</termNote><termNote type="termType">slogan</termNote>`;

  it("refuses values outside a TBX-Basic picklist, one problem per element with its line", () => {
    const r = parseTbx(file("TBX-Basic", nominal));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.rule, p.line])).toEqual([
      ["TBX_DIALECT_VALUE", "TBX-Basic:partOfSpeech", 4],
      ["TBX_DIALECT_VALUE", "TBX-Basic:termType", 4],
    ]);
    expect(r.problems[0].message).toContain('partOfSpeech "nominal" is not a TBX-Basic value');
  });

  it("imports anyway with those fields dropped only when asked, and says what was dropped", () => {
    const r = parseTbx(file("TBX-Basic", nominal), { dropInvalidDialectFields: true });
    expect(r.ok).toBe(true);
    expect(r.concepts[0].terms[0].partOfSpeech).toBeUndefined();
    expect(r.warnings?.map((w) => w.code)).toEqual(["TBX_DIALECT_VALUE_DROPPED", "TBX_DIALECT_VALUE_DROPPED"]);
  });

  it("holds TBX-Min to its own lists and leaves TBX-Core free", () => {
    expect(parseTbx(file("TBX-Min", `<termNote type="partOfSpeech">properNoun</termNote>`)).problems).toEqual([]);
    expect(parseTbx(file("TBX-Min", `<termNote type="usageStatus">sometimes</termNote>`)).problems.map((p) => p.rule)).toEqual(["TBX-Min:usageStatus"]);
    expect(parseTbx(file("TBX-Core", `<termNote type="partOfSpeech">nominal</termNote>`)).problems).toEqual([]);
  });

  it("exports parts of speech as TBX-Basic values, keeping the original, and reads the original back", () => {
    const concepts = [
      {
        terms: [
          { locale: "en", text: "Meridian", status: "preferred" as const, doNotTranslate: true, caseSensitive: false, partOfSpeech: "properNoun" },
          { locale: "en", text: "pay", status: "admitted" as const, doNotTranslate: false, caseSensitive: false, partOfSpeech: "verb" },
        ],
      },
    ];
    const tbx = writeTbx(concepts);
    expect(tbx).toContain(`<termNote type="partOfSpeech">noun</termNote>`);
    expect(tbx).not.toContain(`>properNoun</termNote>`);
    const back = parseTbx(tbx);
    expect(back.problems).toEqual([]);
    expect(back.concepts[0].terms.map((t) => t.partOfSpeech)).toEqual(["properNoun", "verb"]);
  });
});
