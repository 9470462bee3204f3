/**
 * Folding used for every match in the checker (terms, phrases, DNT):
 * NFKD per code point, strip *diacritic* marks, locale-aware lowercasing,
 * whitespace runs collapsed to one space. Keeps an offset map so findings
 * can point at the ORIGINAL text (UTF-16 code unit offsets).
 *
 * Why not strip every \p{M}: kana voicing marks (ガ → カ + U+3099), Thai
 * vowels/tone marks and Indic matras are combining marks too, and removing
 * them would merge different words. We only strip marks that are optional
 * diacritics: Latin/Greek/Cyrillic combining accents, Arabic tashkeel and
 * tatweel, Hebrew points.
 */
import { languageOf } from "./language-of";

export interface NormalizeOptions {
  /** BCP 47 locale used for lowercasing (Turkish dotless i etc.). */
  locale?: string;
  /** Keep case (still strips accents and collapses whitespace). */
  keepCase?: boolean;
  /** Collapse whitespace runs into a single U+0020 (default true). */
  collapseWhitespace?: boolean;
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each code unit of `text`: start offset of the original code point that produced it. */
  origStart: Int32Array;
  /** For each code unit of `text`: end offset (exclusive) of that original code point. */
  origEnd: Int32Array;
  /** For each original offset 0..original.length: first normalized offset at or after it. */
  normAt: Int32Array;
}

const WHITESPACE = /\s/u;

// Ranges of marks we treat as optional diacritics (see file comment).
function isStrippableMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) || // combining diacritical marks
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x064b && cp <= 0x065f) || // Arabic harakat
    cp === 0x0670 || // Arabic superscript alef
    cp === 0x0640 || // Arabic tatweel (kashida, purely typographic)
    (cp >= 0x0591 && cp <= 0x05bd) || // Hebrew cantillation + points
    cp === 0x05bf ||
    cp === 0x05c1 ||
    cp === 0x05c2 ||
    cp === 0x05c4 ||
    cp === 0x05c5 ||
    cp === 0x05c7
  );
}

// Typographic variants folded to ASCII so "don’t" matches "don't" and
// "e‑mail" (non-breaking hyphen) matches "e-mail".
const PUNCT_FOLD: Record<string, string> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u02BC": "'",
  "\u2010": "-",
  "\u2011": "-",
};

// Locales whose lowercasing differs from the root locale.
const SPECIAL_CASE_LANGS = new Set(["tr", "az", "lt"]);

function caseLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const lang = languageOf(locale);
  return SPECIAL_CASE_LANGS.has(lang) ? lang : undefined;
}

// Cache folded forms of non-ASCII code points: building a 100k-term index
// calls this millions of times and String#normalize is comparatively slow.
const foldCache = new Map<string, string>();

/** Fold a single code point (given as string). Exported for tests/reuse. */
export function foldCodePoint(ch: string, keepCase: boolean, specialLocale?: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (!keepCase && code >= 65 && code <= 90) {
      // Turkish: I → ı (dotless)
      if (specialLocale === "tr" || specialLocale === "az") return code === 73 ? "ı" : String.fromCharCode(code + 32);
      return String.fromCharCode(code + 32);
    }
    return ch;
  }
  const punct = PUNCT_FOLD[ch];
  if (punct) return punct;
  const key = (keepCase ? "K" : "F") + (specialLocale ?? "") + ch;
  const cached = foldCache.get(key);
  if (cached !== undefined) return cached;
  // Lowercase first (so Turkish İ becomes i before NFKD splits off its dot).
  let s = keepCase ? ch : specialLocale ? ch.toLocaleLowerCase(specialLocale) : ch.toLowerCase();
  // Full case folding of ß so "STRASSE" matches "Straße".
  if (!keepCase) s = s.replace(/ß/g, "ss").replace(/ẞ/g, "ss");
  s = s.normalize("NFKD");
  let out = "";
  for (const c of s) {
    if (!isStrippableMark(c.codePointAt(0)!)) out += c;
  }
  if (foldCache.size < 50_000) foldCache.set(key, out);
  return out;
}

/** U+FFFC, the checker's placeholder mask (mask-placeholders.ts): folds to itself. */
const OBJECT_REPLACEMENT = 0xfffc;

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** A copy of `a` with room for at least `n` entries (folding can lengthen the text: "ß" → "ss"). */
function grown(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(n, a.length * 2));
  out.set(a);
  return out;
}

/**
 * Normalize with an offset map back to the original string. Runs of ASCII and placeholder masks
 * (most of most texts) are copied and lowercased as one slice, one output code unit per input
 * code unit; every other code point goes through foldCodePoint. The checker calls this for every
 * text it checks.
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const keepCase = options.keepCase ?? false;
  const collapse = options.collapseWhitespace ?? true;
  const special = caseLocale(options.locale);
  // Turkish and Azeri lowercase ASCII "I" to dotless "ı": that letter takes the slow path.
  const dotlessI = !keepCase && (special === "tr" || special === "az");
  let starts = new Int32Array(input.length + 8);
  let ends = new Int32Array(input.length + 8);
  const normAt = new Int32Array(input.length + 1);
  let text = "";
  let normLen = 0;
  let lastWasSpace = false;
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if ((c < 0x80 && !(dotlessI && c === 73)) || c === OBJECT_REPLACEMENT) {
      if (collapse && isAsciiSpace(c)) {
        normAt[i] = normLen;
        if (!lastWasSpace) {
          if (normLen + 1 > starts.length) [starts, ends] = [grown(starts, normLen + 1), grown(ends, normLen + 1)];
          text += " ";
          starts[normLen] = i;
          ends[normLen] = i + 1;
          normLen += 1;
          lastWasSpace = true;
        } else {
          // Extend the single space so a match ending in it covers the run.
          ends[normLen - 1] = i + 1;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < input.length) {
        const d = input.charCodeAt(j);
        if ((d >= 0x80 && d !== OBJECT_REPLACEMENT) || (collapse && isAsciiSpace(d)) || (dotlessI && d === 73)) break;
        j++;
      }
      const run = input.slice(i, j);
      text += keepCase ? run : run.toLowerCase();
      if (normLen + j - i > starts.length) [starts, ends] = [grown(starts, normLen + j - i), grown(ends, normLen + j - i)];
      for (; i < j; i++, normLen++) {
        normAt[i] = normLen;
        starts[normLen] = i;
        ends[normLen] = i + 1;
      }
      lastWasSpace = false;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? input.slice(i, i + 2) : input[i];
    normAt[i] = normLen;
    if (width === 2) normAt[i + 1] = normLen;
    if (collapse && WHITESPACE.test(ch)) {
      if (!lastWasSpace) {
        if (normLen + 1 > starts.length) [starts, ends] = [grown(starts, normLen + 1), grown(ends, normLen + 1)];
        text += " ";
        starts[normLen] = i;
        ends[normLen] = i + width;
        normLen += 1;
        lastWasSpace = true;
      } else {
        ends[normLen - 1] = i + width;
      }
      i += width;
      continue;
    }
    lastWasSpace = false;
    const folded = foldCodePoint(ch, keepCase, special);
    if (normLen + folded.length > starts.length) [starts, ends] = [grown(starts, normLen + folded.length), grown(ends, normLen + folded.length)];
    for (let k = 0; k < folded.length; k++, normLen++) {
      starts[normLen] = i;
      ends[normLen] = i + width;
    }
    text += folded;
    i += width;
  }
  normAt[input.length] = normLen;
  return { text, origStart: starts.subarray(0, normLen), origEnd: ends.subarray(0, normLen), normAt };
}

/** Map a [start, end) range of the normalized text back to original offsets. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = start < n.origStart.length ? n.origStart[start] : n.origEnd[n.origEnd.length - 1];
  const e = end > start ? n.origEnd[end - 1] : s;
  return { start: s, end: e };
}

/** Fold a string without building the offset map (index keys, phrases, Term.searchText). */
export function foldText(input: string, options: NormalizeOptions = {}): string {
  const keepCase = options.keepCase ?? false;
  const special = caseLocale(options.locale);
  const dotlessI = !keepCase && (special === "tr" || special === "az");
  let out = "";
  let lastWasSpace = false;
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (c < 0x80 && !(dotlessI && c === 73)) {
      if (isAsciiSpace(c)) {
        if (!lastWasSpace) out += " ";
        lastWasSpace = true;
        i++;
        continue;
      }
      // A run of ASCII is lowercased as one slice (see normalizeText).
      let j = i + 1;
      while (j < input.length) {
        const d = input.charCodeAt(j);
        if (d >= 0x80 || isAsciiSpace(d) || (dotlessI && d === 73)) break;
        j++;
      }
      const run = input.slice(i, j);
      out += keepCase ? run : run.toLowerCase();
      lastWasSpace = false;
      i = j;
      continue;
    }
    const width = input.codePointAt(i)! > 0xffff ? 2 : 1;
    const ch = width === 2 ? input.slice(i, i + 2) : input[i];
    i += width;
    if (WHITESPACE.test(ch)) {
      if (!lastWasSpace) out += " ";
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    out += foldCodePoint(ch, keepCase, special);
  }
  return out;
}
