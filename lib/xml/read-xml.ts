import { DOMParser } from "@xmldom/xmldom";
import { checkDoctype } from "./check-doctype";
import { decodeXmlBytes } from "./decode-xml-bytes";
import type { XmlProblem } from "./xml-problem";

export const DEFAULT_MAX_XML_BYTES = 20 * 1024 * 1024;

export type ReadXmlOptions = {
  /** Largest accepted input in bytes (UTF-8 length for strings). Default 20 MB. */
  maxBytes?: number;
};

export type ReadXmlResult =
  | { ok: true; doc: Document; encoding: string }
  | { ok: false; problems: XmlProblem[] };

/**
 * Safe entry point for every uploaded XML file (XLIFF, TBX, …): size limit first (so a
 * huge upload costs no parsing), then encoding detection, then a DOCTYPE check, then an
 * order-preserving DOM parse in which any parser error stops the import — a half-read
 * translation file is worse than a clear refusal.
 */
export function readXml(input: Uint8Array | string, opts: ReadXmlOptions = {}): ReadXmlResult {
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

  let firstError: { message: string } | undefined;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        // xmldom reports recoverable "error"s (e.g. an undefined entity) and keeps going
        // with data dropped; treat them as fatal.
        if (level === "warning") return;
        firstError ??= { message };
        throw new Error(message);
      },
    });
    const doc = parser.parseFromString(text, "text/xml") as unknown as Document;
    if (!doc.documentElement) {
      return { ok: false, problems: [{ code: "XML_MALFORMED", message: "The file has no root element.", line: 1, column: 1 }] };
    }
    return { ok: true, doc, encoding };
  } catch (err) {
    const locator = (err as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const line = locator?.lineNumber && locator.lineNumber > 0 ? locator.lineNumber : 1;
    const column = locator?.columnNumber && locator.columnNumber > 0 ? locator.columnNumber : 1;
    const message = firstError?.message ?? (err instanceof Error ? err.message : String(err));
    return {
      ok: false,
      problems: [{ code: "XML_MALFORMED", message: `The XML is not well-formed: ${message}`, line, column }],
    };
  }
}
