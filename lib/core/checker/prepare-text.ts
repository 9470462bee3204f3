/**
 * Normalizes a text once and computes the positions (in normalized offsets)
 * where a term may start or end. All matchers (terms, phrases, DNT) share it
 * so they agree on what a "whole word" is.
 *
 * Word boundaries come from Intl.Segmenter on the ORIGINAL text (segmenting the
 * NFKD form would split Hangul into jamo). For scripts written without spaces
 * (Han, Hiragana, Thai, Lao, Khmer, Myanmar) dictionary segmentation is not
 * reliable enough for compounds ("アカウント設定" may be one segment), so every
 * character position counts as a boundary there: substring matching. Katakana
 * is excluded from that so "ログ" does not match inside "ブログ".
 */
import { normalizeText, type NormalizedText } from "./normalize-text";
import { segmentText } from "./segment-text";

export interface PreparedText {
  original: string;
  locale: string;
  norm: NormalizedText;
  /** boundary[p] === 1 when a match may start or end at normalized offset p. */
  boundary: Uint8Array;
}

/** True for code points of scripts that are written without spaces between words. */
export function isNoSpaceScript(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0x3040 && cp <= 0x3098) || // Hiragana (0x3099–0x309C are kana voicing marks)
    (cp >= 0x309d && cp <= 0x309f) ||
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai, Lao
    (cp >= 0x1780 && cp <= 0x17ff) || // Khmer
    (cp >= 0x1000 && cp <= 0x109f) // Myanmar
  );
}

const MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isMarkAt(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c >= 0xdc00 && c <= 0xdfff) return true; // never split a surrogate pair
  if (c < 0x300) return false;
  return MARK.test(String.fromCodePoint(s.codePointAt(p)!));
}

function cpBefore(s: string, p: number): number {
  const c = s.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) return s.codePointAt(p - 2)!;
  return c;
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(locale: string): Intl.Segmenter {
  let seg = segmenters.get(locale);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(locale, { granularity: "word" });
    } catch {
      seg = new Intl.Segmenter("und", { granularity: "word" });
    }
    segmenters.set(locale, seg);
  }
  return seg;
}

// Scripts where UAX #29 rules are not enough (dictionary-based segmentation).
const NEEDS_SEGMENTER = /[\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F]/;
// UAX #29 WB6/7 and WB11/12: no break inside "don't", "e.g", "1,299.00".
const MID_LETTER = new Set(["'", "\u2019", ".", "\u00b7"]);
const MID_NUM = new Set([",", ".", "'", "\u2019", ";"]);

// WORD_CHAR per BMP code unit, filled on first sight (1 word, 2 not): the test ran a regular
// expression on a new one-character string for every non-ASCII character of every text.
const wordCodes = new Uint8Array(0x10000);

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral: emoji etc. stand alone; letters are rare
  let known = wordCodes[c]!;
  if (known === 0) wordCodes[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Word-segment starts for texts in spaced scripts, following the UAX #29
 * rules that matter for term matching. Intl.Segmenter gives the same result
 * but costs ~20 ms per 2,000 words (iterator allocation), 10× this loop.
 */
function simpleSegmentStarts(text: string, boundary: Uint8Array, normAt: Int32Array): void {
  let prevWord = false;
  for (let o = 0; o < text.length; o++) {
    const c = text.charCodeAt(o);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const word = isWordCode(c);
    if (word && prevWord) continue;
    if (!word && prevWord && o + 1 < text.length && isWordCode(text.charCodeAt(o + 1))) {
      const before = text.charCodeAt(o - 1);
      const after = text.charCodeAt(o + 1);
      const ch = text[o];
      const joins = isDigit(before) && isDigit(after) ? MID_NUM.has(ch) : !isDigit(before) && !isDigit(after) && MID_LETTER.has(ch);
      if (joins) {
        o++; // the separator and the following char stay inside the word
        continue;
      }
    }
    boundary[normAt[o]] = 1;
    prevWord = word;
  }
}

function isPlainCode(c: number): boolean {
  return c < 0x300 || c === 0xfffc;
}

export function prepareText(text: string, locale: string): PreparedText {
  const norm = normalizeText(text, { locale });
  const n = norm.text;
  const boundary = new Uint8Array(n.length + 1);
  boundary[0] = 1;
  boundary[n.length] = 1;
  if (NEEDS_SEGMENTER.test(text)) {
    for (const seg of segmentText(wordSegmenter(locale), text)) boundary[norm.normAt[seg.index]] = 1;
  } else {
    simpleSegmentStarts(text, boundary, norm.normAt);
  }
  for (let p = 1; p < n.length; p++) {
    // Below U+0300 (and the placeholder mask U+FFFC) a code unit is neither a mark, a surrogate
    // nor in a no-space script.
    if (isPlainCode(n.charCodeAt(p)) && isPlainCode(n.charCodeAt(p - 1))) continue;
    if (isMarkAt(n, p)) {
      boundary[p] = 0;
      continue;
    }
    if (boundary[p]) continue;
    const here = n.codePointAt(p)!;
    if (isNoSpaceScript(here) || isNoSpaceScript(cpBefore(n, p))) boundary[p] = 1;
  }
  return { original: text, locale, norm, boundary };
}

/**
 * Bucket key for the index: the first "word run" of a folded string, or a
 * single character for no-space scripts and punctuation. Computed the same
 * way for index keys and text positions, so lookups are consistent.
 */
export function firstKeyAt(s: string, p: number): string {
  const cp = s.codePointAt(p);
  if (cp === undefined) return "";
  const first = String.fromCodePoint(cp);
  let q = p + first.length;
  if (isNoSpaceScript(cp) || !WORD_CHAR.test(first)) {
    // Include trailing combining marks (kana voicing marks).
    while (q < s.length && isMarkAt(s, q)) q++;
    return s.slice(p, q);
  }
  while (q < s.length) {
    const c = s.codePointAt(q)!;
    const ch = String.fromCodePoint(c);
    if (isNoSpaceScript(c) || !WORD_CHAR.test(ch)) break;
    q += ch.length;
  }
  return s.slice(p, q);
}
