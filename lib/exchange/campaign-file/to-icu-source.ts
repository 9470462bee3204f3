// Source text for campaign blocks must be valid ICU MessageFormat. Text from outside files
// (CMS exports, vendors) is kept as written when it already is valid ICU — so `{name}`
// placeholders stay placeholders — and otherwise escaped so it reads exactly as written.
import { validateMessage } from "@/lib/core/text/icu-placeholders";
import type { Inline } from "../xliff/xliff.types";

/** Quotes ICU syntax characters so the text is shown literally. */
export function escapeIcuText(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}<>]+/g, (run) => `'${run}'`);
}

export function toIcuSource(text: string): string {
  return validateMessage(text).ok ? text : escapeIcuText(text);
}

const ICU_ARGUMENT = /^\{\s*[\p{L}\p{N}_]+\s*(,[^]*)?\}$/u;
const PAIRED = new Set(["g", "pc", "mrk", "sm", "em"]);

function argumentFor(code: Exclude<Inline, string>, index: number): string {
  const data = code.originalData ?? code.equiv;
  if (data && ICU_ARGUMENT.test(data) && validateMessage(data).ok) return data;
  const name = (code.id ?? "").replace(/[^\p{L}\p{N}_]/gu, "_") || String(index);
  return `{${/^\p{N}/u.test(name) ? `ph${name}` : name}}`;
}

/**
 * Inline content of a unit as ICU source: text runs kept (or escaped when needed), standalone
 * codes become `{placeholder}` arguments (our own exports come back byte for byte), paired
 * formatting codes keep only their text.
 */
export function inlinesToIcuSource(inlines: Inline[]): string {
  const render = (parts: Inline[], escape: boolean, counter: { n: number }): string =>
    parts
      .map((part) => {
        if (typeof part === "string") return escape ? escapeIcuText(part) : part;
        if (part.kind === "sub") return "";
        if (PAIRED.has(part.kind)) return render(part.content ?? [], escape, counter);
        return argumentFor(part, counter.n++);
      })
      .join("");
  const raw = render(inlines, false, { n: 0 });
  if (validateMessage(raw).ok) return raw;
  return render(inlines, true, { n: 0 });
}
