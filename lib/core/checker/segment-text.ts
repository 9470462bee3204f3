/**
 * Intl.Segmenter over long texts without its quadratic cost. V8's segment iterator slows down
 * with the length of the whole input (Node 20: ~1 s to walk 16,000 characters by grapheme,
 * 4× that for twice the text), so a 2,000-word text with a max_length rule took seconds.
 *
 * The text is cut into chunks of about CHUNK characters at positions that are a boundary for
 * both grapheme and word segmentation and where no rule looks across the cut: after a space,
 * line feed or ideographic comma/full stop, before an ASCII letter/digit, a kana or a CJK
 * ideograph (none of which attaches to what precedes it: no Extend, ZWJ, SpacingMark,
 * Prepend, MidLetter/MidNum pairs or regional indicators are involved). Each chunk is
 * segmented on its own and the indices shifted, so the result is the same as segmenting the
 * whole text at once; texts without such positions are segmented in one piece as before.
 */

const CHUNK = 512;

function isCutBefore(prev: number, next: number): boolean {
  if (!(prev === 0x20 || prev === 0x0a || prev === 0x3001 || prev === 0x3002)) return false;
  return (
    (next >= 0x30 && next <= 0x39) ||
    (next >= 0x41 && next <= 0x5a) ||
    (next >= 0x61 && next <= 0x7a) ||
    (next >= 0x3041 && next <= 0x3096) || // Hiragana letters (not the voicing marks 0x3099–0x309C)
    (next >= 0x30a1 && next <= 0x30fa) || // Katakana letters
    (next >= 0x4e00 && next <= 0x9fff) // CJK unified ideographs
  );
}

/** Chunk start offsets (the first is 0). */
export function chunkStarts(text: string, size = CHUNK): number[] {
  const starts = [0];
  let at = size;
  while (at < text.length) {
    let cut = -1;
    for (let p = at; p < text.length; p++) {
      if (isCutBefore(text.charCodeAt(p - 1), text.charCodeAt(p))) {
        cut = p;
        break;
      }
    }
    if (cut < 0) break;
    starts.push(cut);
    at = cut + size;
  }
  return starts;
}

export interface TextSegment {
  segment: string;
  index: number;
  isWordLike?: boolean;
}

/** The segments of `text` (same as `[...segmenter.segment(text)]`, indices into `text`). */
export function segmentText(segmenter: Intl.Segmenter, text: string): TextSegment[] {
  const out: TextSegment[] = [];
  const starts = chunkStarts(text);
  for (let c = 0; c < starts.length; c++) {
    const base = starts[c]!;
    const chunk = starts.length === 1 ? text : text.slice(base, starts[c + 1] ?? text.length);
    for (const s of segmenter.segment(chunk)) {
      out.push(s.isWordLike === undefined ? { segment: s.segment, index: base + s.index } : { segment: s.segment, index: base + s.index, isWordLike: s.isWordLike });
    }
  }
  return out;
}

const graphemeSegmenters = new Map<string, Intl.Segmenter>();

function graphemeSegmenter(locale: string): Intl.Segmenter {
  let seg = graphemeSegmenters.get(locale);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(locale, { granularity: "grapheme" });
    } catch {
      seg = new Intl.Segmenter("und", { granularity: "grapheme" });
    }
    graphemeSegmenters.set(locale, seg);
  }
  return seg;
}

/**
 * True for UTF-16 code units that are always a grapheme cluster of their own next to each
 * other (Grapheme_Cluster_Break=Other or Control, never Extend, ZWJ, SpacingMark, Prepend,
 * Regional_Indicator or Hangul): Latin up to U+02FF except CR, general punctuation U+2010–U+2027
 * and currency signs U+20A0–U+20CF. Between two of them there is always a boundary.
 */
function isPlainUnit(c: number): boolean {
  return (c < 0x300 && c !== 0x0d) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x20a0 && c <= 0x20cf);
}

/**
 * Offsets where each grapheme cluster of `text` starts. Runs of plain code units count one each;
 * only the stretches in between (combining marks, emoji, other scripts) go through the
 * segmenter, each cut at positions that are certainly boundaries.
 */
export function graphemeStarts(text: string, locale: string): number[] {
  const out: number[] = [];
  const n = text.length;
  if (n === 0) return out;
  let seg: Intl.Segmenter | undefined;
  const region = (from: number, to: number) => {
    if (to - from === 1) {
      out.push(from);
      return;
    }
    seg ??= graphemeSegmenter(locale);
    const slice = text.slice(from, to);
    const starts = chunkStarts(slice);
    for (let c = 0; c < starts.length; c++) {
      const base = starts[c]!;
      const chunk = starts.length === 1 ? slice : slice.slice(base, starts[c + 1] ?? slice.length);
      for (const s of seg.segment(chunk)) out.push(from + base + s.index);
    }
  };
  let from = 0;
  let prevPlain = isPlainUnit(text.charCodeAt(0));
  for (let p = 1; p < n; p++) {
    const plain = isPlainUnit(text.charCodeAt(p));
    if (plain && prevPlain) {
      region(from, p);
      from = p;
    }
    prevPlain = plain;
  }
  region(from, n);
  return out;
}
