import { SaxesParser } from "saxes";
import { checkDoctype } from "./check-doctype";
import { decodeXmlBytes } from "./decode-xml-bytes";
import { runSteps, type Steps } from "./run-steps";
import type { XmlProblem } from "./xml-problem";
import { XmlElement, XmlText, type XmlAttribute, type XmlDocument } from "./xml-tree";

export const DEFAULT_MAX_XML_BYTES = 20 * 1024 * 1024;
/**
 * Far above any real exchange file (the OASIS suites and TBX samples nest at most 12 deep; HTML
 * content extracted into nested groups and inline codes stays well under 100), far below what an
 * attacker needs to make ancestor walks cost the square of the file.
 */
export const DEFAULT_MAX_XML_DEPTH = 128;
/** A 20 MB file of real XLIFF or TBX holds well under a million elements. */
export const DEFAULT_MAX_XML_ELEMENTS = 2_000_000;
/** Real elements carry a handful; the OASIS module samples peak at 17 with namespace declarations. */
export const DEFAULT_MAX_XML_ATTRIBUTES = 256;
/** Characters parsed between two yields of readXmlSteps: a few milliseconds of work. */
const CHUNK_CHARS = 16 * 1024;

export type ReadXmlOptions = {
  /** Largest accepted input in bytes (UTF-8 length for strings). Default 20 MB. */
  maxBytes?: number;
  /**
   * Called at each end tag with the finished element and its subtree, still in the tree. Returning
   * true takes it out of the tree: a reader of a large file handles its entries as they end and
   * lets each go, so the document never sits in memory whole (see parse-tbx.ts).
   */
  onElementEnd?: (el: XmlElement) => boolean | void;
  /** Deepest element nesting accepted (the root is depth 1); deeper is refused with XML_TOO_DEEP. */
  maxDepth?: number;
  /** Most elements accepted in one file (XML_TOO_MANY_ELEMENTS). */
  maxElements?: number;
  /** Most attributes (namespace declarations included) on one element (XML_TOO_MANY_ATTRIBUTES). */
  maxAttributes?: number;
};

export type ReadXmlResult =
  | { ok: true; doc: XmlDocument; encoding: string }
  | { ok: false; problems: XmlProblem[] };

/**
 * Safe entry point for every uploaded XML file (XLIFF, TBX, …): size limit first (so a
 * huge upload costs no parsing), then encoding detection, then a DOCTYPE check, then an
 * order-preserving parse in which any parser error stops the import — a half-read
 * translation file is worse than a clear refusal. The tree is built from a SAX stream (saxes,
 * a conformant non-validating parser that never fetches anything) into xml-tree's light nodes.
 */
export function readXml(input: Uint8Array | string, opts: ReadXmlOptions = {}): ReadXmlResult {
  return runSteps(readXmlSteps(input, opts));
}

/**
 * readXml as steps that yield every few milliseconds of parsing: run with runStepsYielding
 * (run-steps.ts) on a server, so that reading a large import leaves the event loop to other requests.
 */
export function* readXmlSteps(input: Uint8Array | string, opts: ReadXmlOptions = {}): Steps<ReadXmlResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) {
    return {
      ok: false,
      problems: [
        {
          code: "XML_TOO_LARGE",
          message: `The file has ${size} bytes; the limit is ${maxBytes}.`,
        },
      ],
    };
  }

  let text: string;
  let encoding: string;
  if (typeof input === "string") {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    encoding = "UTF-16"; // already decoded by the caller; the prolog no longer matters
  } else {
    const decoded = decodeXmlBytes(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
    encoding = decoded.encoding;
  }

  const doctypeProblems = checkDoctype(text);
  if (doctypeProblems.length > 0) return { ok: false, problems: doctypeProblems };

  if (text.trim() === "") {
    return { ok: false, problems: [{ code: "XML_MALFORMED", message: "The file is empty.", line: 1, column: 1 }] };
  }

  return yield* buildTree(text, encoding, opts);
}

/** Thrown from a parser handler to stop at a limit; carries the problem to report. */
class LimitReached extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem.message);
  }
}

/** One pass of the SAX parser into an XmlElement tree; the first well-formedness error stops it. */
function* buildTree(text: string, encoding: string, opts: ReadXmlOptions): Steps<ReadXmlResult> {
  const { onElementEnd } = opts;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_XML_DEPTH;
  const maxElements = opts.maxElements ?? DEFAULT_MAX_XML_ELEMENTS;
  const maxAttributes = opts.maxAttributes ?? DEFAULT_MAX_XML_ATTRIBUTES;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let elements = 0;
  let root: XmlElement | undefined;
  let error: { message: string; line: number; column: number } | undefined;
  // Where the current start tag began: at "opentagstart" saxes has read the name and the
  // character after it, and its column (0-based) is that of the next character.
  let tagLine = 1;
  let tagColumn = 1;
  // Limits are checked as the parser reaches them, so a hostile file is refused after reading
  // only as much of it as the limit allows.
  const refuse = (code: string, message: string) => {
    throw new LimitReached({ code, message, line: tagLine, column: tagColumn });
  };
  parser.on("error", (err) => {
    // saxes prefixes messages with "line:column: "; keep the bare message, take the numbers.
    error ??= { message: err.message.replace(/^\d+:\d+: /, ""), line: parser.line, column: parser.column + 1 };
    throw err;
  });
  parser.on("opentagstart", (tag) => {
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
    if (stack.length >= maxDepth) refuse("XML_TOO_DEEP", `<${tag.name}> is nested ${stack.length + 1} elements deep; the limit is ${maxDepth}.`);
    if (++elements > maxElements) refuse("XML_TOO_MANY_ELEMENTS", `The file has more than ${maxElements} elements.`);
  });
  parser.on("opentag", (tag) => {
    const attributes: XmlAttribute[] = [];
    // Counted here rather than in an "attribute" handler: with one, saxes ran three times slower.
    const values = Object.values(tag.attributes);
    if (values.length > maxAttributes) refuse("XML_TOO_MANY_ATTRIBUTES", `An element has ${values.length} attributes; the limit is ${maxAttributes}.`);
    for (const a of values) {
      attributes.push({ name: a.name, localName: a.local, prefix: a.prefix, namespaceURI: a.uri || null, value: a.value });
    }
    const el = new XmlElement(tag.name, tag.local, tag.prefix, tag.uri || null, attributes, tagLine, tagColumn);
    const parent = stack[stack.length - 1];
    if (parent) parent.appendChild(el);
    else root = el;
    // A self-closing tag is closed at once ("closetag" follows): on the stack until then too.
    stack.push(el);
  });
  parser.on("closetag", () => {
    const el = stack.pop()!;
    if (onElementEnd?.(el) && el.parentNode) el.parentNode.removeChild(el);
  });
  parser.on("text", (data) => {
    stack[stack.length - 1]?.appendChild(new XmlText(3, data));
  });
  parser.on("cdata", (data) => {
    stack[stack.length - 1]?.appendChild(new XmlText(4, data));
  });

  try {
    for (let start = 0; start < text.length; start += CHUNK_CHARS) {
      if (start > 0) yield;
      parser.write(text.slice(start, start + CHUNK_CHARS));
    }
    parser.close();
  } catch (err) {
    if (err instanceof LimitReached) return { ok: false, problems: [err.problem] };
    const at = error ?? { message: err instanceof Error ? err.message : String(err), line: parser.line, column: parser.column + 1 };
    return { ok: false, problems: [{ code: "XML_MALFORMED", message: `The XML is not well-formed: ${at.message}`, line: at.line, column: at.column }] };
  }
  if (!root) {
    return { ok: false, problems: [{ code: "XML_MALFORMED", message: "The file has no root element.", line: 1, column: 1 }] };
  }
  const documentElement = root;
  const doc: XmlDocument = {
    documentElement,
    getElementsByTagName: (name) => [...(name === "*" || documentElement.nodeName === name ? [documentElement] : []), ...documentElement.getElementsByTagName(name)],
  };
  return { ok: true, doc, encoding };
}
