/**
 * Built-in style checks (the `style` rule kind). Each returns raw hits; the
 * caller (run-rules) turns them into findings with the rule's severity.
 * Texts passed in are already placeholder-masked (same length as original).
 */
import { languageOf } from "./language-of";
import type { StyleName } from "./rules.types";
import { segmentText, type TextSegment } from "./segment-text";

export interface StyleHit {
  start: number;
  end: number;
  code: string;
  message: string;
  data?: Record<string, unknown>;
}

export interface Range {
  start: number;
  end: number;
}

const MAX_HITS = 50;
// Acronyms such as EU, USA, FAQ, SMS are normal; shouting starts at 4 letters.
const MIN_CAPS_WORD = 4;
// Languages where capitalised nouns are grammatical, so sentence case can't be checked by casing.
const NOUN_CASE_LANGS = new Set(["de", "lb"]);

function inRanges(start: number, end: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

function words(text: string, locale: string): TextSegment[] {
  let seg: Intl.Segmenter;
  try {
    seg = new Intl.Segmenter(locale, { granularity: "word" });
  } catch {
    seg = new Intl.Segmenter("und", { granularity: "word" });
  }
  return segmentText(seg, text);
}

function hasCase(s: string, locale: string): boolean {
  return s.toLocaleUpperCase(locale) !== s.toLocaleLowerCase(locale);
}

function isAllCaps(s: string, locale: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && hasCase(letters, locale) && letters === letters.toLocaleUpperCase(locale);
}

function noExclamation(text: string): StyleHit[] {
  const hits: StyleHit[] = [];
  for (const m of text.matchAll(/[!！¡]+/gu)) {
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      code: "STYLE_NO_EXCLAMATION",
      message: "Remove the exclamation mark.",
    });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

function noDoubleSpaces(text: string): StyleHit[] {
  const hits: StyleHit[] = [];
  for (const m of text.matchAll(/[ \u00a0\u3000]{2,}/gu)) {
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      code: "STYLE_DOUBLE_SPACE",
      message: "Replace the double space with a single space.",
    });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

function noAllCaps(text: string, locale: string, protect: readonly Range[]): StyleHit[] {
  const hits: StyleHit[] = [];
  for (const w of words(text, locale)) {
    if (!w.isWordLike) continue;
    const letters = w.segment.replace(/[^\p{L}]/gu, "");
    if (letters.length < MIN_CAPS_WORD || !isAllCaps(w.segment, locale)) continue;
    const end = w.index + w.segment.length;
    if (inRanges(w.index, end, protect)) continue; // termbase names like "NASA" are allowed
    hits.push({
      start: w.index,
      end,
      code: "STYLE_ALL_CAPS",
      message: `Don't write "${w.segment}" in all caps; use normal casing.`,
      data: { word: w.segment },
    });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

function sentenceCase(text: string, locale: string, protect: readonly Range[]): StyleHit[] {
  if (NOUN_CASE_LANGS.has(languageOf(locale))) return [];
  const hits: StyleHit[] = [];
  let sentenceStart = true;
  for (const w of words(text, locale)) {
    if (!w.isWordLike) {
      if (/[.!?。！？:：]/u.test(w.segment)) sentenceStart = true;
      continue;
    }
    const first = String.fromCodePoint(w.segment.codePointAt(0)!);
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (wasStart || !hasCase(first, locale)) continue;
    if (first !== first.toLocaleUpperCase(locale) || first === first.toLocaleLowerCase(locale)) continue;
    if (isAllCaps(w.segment, locale)) continue; // acronyms
    if (w.segment === "I" && languageOf(locale) === "en") continue;
    const end = w.index + w.segment.length;
    if (inRanges(w.index, end, protect)) continue; // termbase proper nouns keep their capital
    hits.push({
      start: w.index,
      end,
      code: "STYLE_SENTENCE_CASE",
      message: `Use sentence case: write "${w.segment.toLocaleLowerCase(locale)}" unless it is a proper noun.`,
      data: { word: w.segment },
    });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

export function isStyleName(s: string | undefined): s is StyleName {
  return s === "no_exclamation" || s === "no_all_caps_words" || s === "no_double_spaces" || s === "sentence_case";
}

/** Runs one built-in style check. `protect` = ranges (e.g. termbase matches) exempt from casing checks. */
export function checkStyle(style: StyleName, text: string, locale: string, protect: readonly Range[] = []): StyleHit[] {
  switch (style) {
    case "no_exclamation":
      return noExclamation(text);
    case "no_double_spaces":
      return noDoubleSpaces(text);
    case "no_all_caps_words":
      return noAllCaps(text, locale, protect);
    case "sentence_case":
      return sentenceCase(text, locale, protect);
  }
}
