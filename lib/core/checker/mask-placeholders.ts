/**
 * Replaces ICU syntax (placeholders, plural/select scaffolding, tags) with
 * U+FFFC so term/rule/format checks only see translatable literal text, while
 * keeping every offset identical to the original.
 *
 * Why U+FFFC and not spaces: spaces would let a term match across a
 * placeholder ("Hello {name} World" must not contain "Hello World").
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { parseMessage } from "@/lib/core/text/icu-placeholders";

export const MASK_CHAR = "\uFFFC";

function literalRanges(elements: MessageFormatElement[], out: Array<[number, number]>): void {
  for (const el of elements) {
    if (el.type === TYPE.literal && el.location) out.push([el.location.start.offset, el.location.end.offset]);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const opt of Object.values(el.options)) literalRanges(opt.value, out);
    } else if (el.type === TYPE.tag) literalRanges(el.children, out);
  }
}

export function maskPlaceholders(text: string): string {
  if (!text.includes("{") && !text.includes("<")) return text;
  // The placeholder comparison parses the same text (number/date skeletons too, which move no
  // literal): share its parse; a text whose skeletons do not parse gets a plain parse.
  const shared = parseMessage(text);
  let ast: MessageFormatElement[] | null = shared.ok ? shared.ast : null;
  if (!ast) {
    try {
      ast = parse(text, { captureLocation: true });
    } catch {
      ast = null;
    }
  }
  if (!ast) {
    // Broken ICU (reported elsewhere): still hide simple {name} placeholders.
    return text.replace(/\{[^{}\n]{0,100}\}/g, (m) => MASK_CHAR.repeat(m.length));
  }
  const ranges: Array<[number, number]> = [];
  literalRanges(ast, ranges);
  const keep = new Uint8Array(text.length);
  for (const [s, e] of ranges) keep.fill(1, s, e);
  let out = "";
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || keep[i] !== keep[runStart]) {
      out += keep[runStart] ? text.slice(runStart, i) : MASK_CHAR.repeat(i - runStart);
      runStart = i;
    }
  }
  return out;
}
