import iconv from "iconv-lite";
import type { XmlProblem } from "./xml-problem";

export type DecodeXmlBytesResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; problems: XmlProblem[] };

/**
 * Turns raw file bytes into text the way an XML processor must (XML 1.0 appendix F):
 * a byte-order mark wins, then the UTF-16 signature of `<?`, then the prolog's
 * `encoding=` declaration, and UTF-8 otherwise. Exchange files from CAT tools and
 * terminology systems still arrive as ISO-8859-1, windows-1252 or UTF-16, so a
 * UTF-8-only reader would silently corrupt accented text.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodeXmlBytesResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeUtf8(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "UTF-16LE" };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "UTF-16BE" };
  // UTF-16 without a BOM is still recognisable from how "<?" is laid out.
  if (buf[0] === 0x3c && buf[1] === 0x00 && buf[2] === 0x3f && buf[3] === 0x00) {
    return { ok: true, text: iconv.decode(buf, "utf-16le"), encoding: "UTF-16LE" };
  }
  if (buf[0] === 0x00 && buf[1] === 0x3c && buf[2] === 0x00 && buf[3] === 0x3f) {
    return { ok: true, text: iconv.decode(buf, "utf-16be"), encoding: "UTF-16BE" };
  }

  const declared = readDeclaredEncoding(buf);
  if (!declared || /^utf-?8$/i.test(declared)) return decodeUtf8(buf);
  // A UTF-16 declaration on bytes that are plainly 8-bit (we could read the prolog as
  // ASCII) is a lie told by many tools after re-saving; UTF-8 is the honest reading.
  if (/^utf-?16/i.test(declared)) return decodeUtf8(buf);
  if (!iconv.encodingExists(declared)) {
    return {
      ok: false,
      problems: [
        {
          code: "XML_UNSUPPORTED_ENCODING",
          message: `The file declares encoding "${declared}", which is not supported.`,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  return { ok: true, text: iconv.decode(buf, declared), encoding: declared.toUpperCase() };
}

function readDeclaredEncoding(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 1024).toString("latin1");
  const match = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(head);
  return match?.[1];
}

function decodeUtf8(buf: Buffer): DecodeXmlBytesResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { ok: true, text, encoding: "UTF-8" };
  } catch {
    // Point at the first undecodable byte so the user can find it in an editor.
    const lenient = new TextDecoder("utf-8").decode(buf);
    const at = lenient.indexOf("\uFFFD");
    const before = lenient.slice(0, Math.max(at, 0));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return {
      ok: false,
      problems: [
        {
          code: "XML_INVALID_ENCODING",
          message: "The file is not valid UTF-8 and declares no other encoding.",
          line,
          column,
        },
      ],
    };
  }
}
