import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { readXml } from "./read-xml";
import { getElementPath } from "./element-path";

function problemCodes(r: ReturnType<typeof readXml>): string[] {
  return r.ok ? [] : r.problems.map((p) => p.code);
}

describe("readXml", () => {
  it("parses a well-formed document and keeps mixed content order", () => {
    const r = readXml(`<a>one<b/>two<![CDATA[<three>]]></a>`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const kids = Array.from(r.doc.documentElement.childNodes).map((n) => n.nodeName);
    expect(kids).toEqual(["#text", "b", "#text", "#cdata-section"]);
  });

  it("hands each finished element to onElementEnd, which may take it out of the tree", () => {
    const seen: string[] = [];
    const r = readXml(`<a><e n="1"><t>x</t></e><e n="2"/><k/><e n="3"><t/></e></a>`, {
      onElementEnd: (el) => {
        seen.push(`${el.nodeName}${el.getAttribute("n") ?? ""}:${el.parentNode ? getElementPath(el) : "-"}`);
        return el.nodeName === "e";
      },
    });
    if (!r.ok) throw new Error("parse failed");
    // Document order of end tags, each still in the tree with its path; the same-name index of
    // a later sibling counts the ones taken out.
    expect(seen).toEqual(["t:/a/e[1]/t[1]", "e1:/a/e[1]", "e2:/a/e[2]", "k:/a/k[1]", "t:/a/e[3]/t[1]", "e3:/a/e[3]", "a:-"]);
    expect(Array.from(r.doc.documentElement.childNodes).map((n) => n.nodeName)).toEqual(["k"]);
  });

  it("reports truncated input as XML_MALFORMED with a location", () => {
    const r = readXml(`<a>\n  <b>hello</b>\n  <c>`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].code).toBe("XML_MALFORMED");
    expect(r.problems[0].line).toBe(3);
  });

  it("reports a mismatched end tag where it stands", () => {
    const r = readXml(`<a>\n<b>\n</c></a>`);
    expect(problemCodes(r)).toEqual(["XML_MALFORMED"]);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 3, column: 5 });
  });

  it("records where each element starts (1-based line and column)", () => {
    const r = readXml(`<a>\n  <bb  x="1">t</bb><c/></a>`);
    if (!r.ok) throw new Error("parse failed");
    const [bb, c] = r.doc.documentElement.childNodes.filter((n) => n.nodeType === 1);
    expect([r.doc.documentElement.lineNumber, r.doc.documentElement.columnNumber]).toEqual([1, 1]);
    expect(bb).toMatchObject({ lineNumber: 2, columnNumber: 3, localName: "bb", textContent: "t" });
    expect(c).toMatchObject({ lineNumber: 2, columnNumber: 20 });
  });

  it("resolves namespaces and refuses unbound prefixes and duplicate attributes", () => {
    const r = readXml(`<x:a xmlns:x="urn:x" xml:lang="de"><x:b/></x:a>`);
    if (!r.ok) throw new Error("parse failed");
    const root = r.doc.documentElement;
    expect([root.localName, root.prefix, root.namespaceURI]).toEqual(["a", "x", "urn:x"]);
    expect(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).toBe("de");
    expect(root.getAttribute("xml:lang")).toBe("de");
    expect(problemCodes(readXml(`<p:a/>`))).toEqual(["XML_MALFORMED"]);
    expect(problemCodes(readXml(`<a x="1" x="2"/>`))).toEqual(["XML_MALFORMED"]);
  });

  it("refuses empty input and text that is not XML", () => {
    expect(problemCodes(readXml(""))).toEqual(["XML_MALFORMED"]);
    expect(problemCodes(readXml("hello"))).toEqual(["XML_MALFORMED"]);
  });

  it("refuses undefined entities instead of dropping them", () => {
    expect(problemCodes(readXml(`<a>&nbsp;</a>`))).toEqual(["XML_MALFORMED"]);
  });

  it("enforces the size limit before parsing", () => {
    expect(problemCodes(readXml(`<a>${"x".repeat(200)}</a>`, { maxBytes: 100 }))).toEqual(["XML_TOO_LARGE"]);
    expect(problemCodes(readXml(Buffer.alloc(101, 0x20), { maxBytes: 100 }))).toEqual(["XML_TOO_LARGE"]);
    expect(readXml(`<a/>`, { maxBytes: 100 }).ok).toBe(true);
  });

  it("refuses external entities (XXE)", () => {
    const r = readXml(`<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>`);
    expect(problemCodes(r)).toEqual(["XML_EXTERNAL_ENTITY"]);
    if (!r.ok) expect(r.problems[0].line).toBe(2);
    expect(problemCodes(readXml(`<!DOCTYPE x [<!ENTITY e PUBLIC "-//x" "http://evil/x">]><x>&e;</x>`))).toEqual([
      "XML_EXTERNAL_ENTITY",
    ]);
    expect(problemCodes(readXml(`<!DOCTYPE x [<!ENTITY % p SYSTEM "http://evil/p.dtd"> %p;]><x/>`))).toEqual([
      "XML_EXTERNAL_ENTITY",
    ]);
  });

  it("refuses billion-laughs style internal entities", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>`;
    const r = readXml(lol);
    expect(r.ok).toBe(false);
    expect(new Set(problemCodes(r))).toEqual(new Set(["XML_DTD_FORBIDDEN"]));
  });

  it("allows a DOCTYPE that only names an external DTD (nothing is fetched)", () => {
    const r = readXml(`<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd"><xliff/>`);
    expect(r.ok).toBe(true);
  });

  it("decodes ISO-8859-1 according to the prolog", () => {
    const bytes = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><a>caf`, "latin1"),
      Buffer.from([0xe9]),
      Buffer.from(`</a>`, "latin1"),
    ]);
    const r = readXml(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc.documentElement.textContent).toBe("café");
  });

  it("decodes UTF-16LE and UTF-16BE with a BOM", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><a>مرحبا é</a>`;
    for (const enc of ["utf-16le", "utf-16be"]) {
      const r = readXml(iconv.encode(xml, enc, { addBOM: true }));
      expect(r.ok, enc).toBe(true);
      if (r.ok) expect(r.doc.documentElement.textContent).toBe("مرحبا é");
    }
  });

  it("accepts a UTF-8 BOM and reports invalid UTF-8 with a line", () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<a>ü</a>")]);
    const ok = readXml(withBom);
    expect(ok.ok && ok.doc.documentElement.textContent).toBe("ü");
    const bad = Buffer.concat([Buffer.from("<a>\ncaf"), Buffer.from([0xe9]), Buffer.from("</a>")]);
    const r = readXml(bad);
    expect(problemCodes(r)).toEqual(["XML_INVALID_ENCODING"]);
    if (!r.ok) expect(r.problems[0].line).toBe(2);
  });

  it("refuses an unknown declared encoding", () => {
    expect(problemCodes(readXml(Buffer.from(`<?xml version="1.0" encoding="x-klingon"?><a/>`)))).toEqual([
      "XML_UNSUPPORTED_ENCODING",
    ]);
  });
});

describe("getElementPath", () => {
  it("counts same-named siblings", () => {
    const r = readXml(`<xliff><file/><file><unit/><group/><unit/><unit/></file></xliff>`);
    if (!r.ok) throw new Error("parse failed");
    const units = r.doc.getElementsByTagName("unit");
    expect(getElementPath(units[2]!)).toBe("/xliff/file[2]/unit[3]");
    expect(getElementPath(r.doc.documentElement)).toBe("/xliff");
  });
});
