import { parse } from "@formatjs/icu-messageformat-parser";
import { TRANSPARENT_KINDS } from "./is-blank";
import type { Inline, InlineCode } from "./xliff.types";

export type IcuInlineProblem = { code: string; message: string; id?: string };

export type InlineToIcuResult = { ok: true; text: string } | { ok: false; text: string; problems: IcuInlineProblem[] };

export type InlineToIcuOptions = {
  /**
   * The source inlines (as exported). When given, placeholders are restored from the
   * source's codes by id — a translator (or tool) editing `equiv-text` in the target
   * cannot inject ICU syntax — and placeholders missing from the target are reported.
   */
  reference?: Inline[];
};

/**
 * Rebuilds ICU MessageFormat text from translated inline content: text runs are copied
 * as written and every placeholder code is replaced by the ICU argument it stands for.
 * Problems use codes: ICU_UNKNOWN_CODE (a code we cannot map back), ICU_MISSING_CODE
 * (a source placeholder absent from the translation), ICU_SYNTAX_ERROR (the result is
 * not valid ICU, e.g. a stray `{` typed by the translator).
 */
export function inlineToIcu(inlines: Inline[], opts: InlineToIcuOptions = {}): InlineToIcuResult {
  const problems: IcuInlineProblem[] = [];
  const reference = new Map<string, InlineCode>();
  for (const code of collectCodes(opts.reference ?? [])) if (code.id !== undefined) reference.set(code.id, code);
  const used = new Set<string>();

  const render = (parts: Inline[]): string =>
    parts
      .map((part) => {
        if (typeof part === "string") return part;
        if (TRANSPARENT_KINDS.has(part.kind)) return part.content ? render(part.content) : "";
        if (part.id !== undefined) used.add(part.id);
        const data = restore(part, opts.reference ? reference.get(part.id ?? "") : part);
        if (data === undefined) {
          problems.push({
            code: "ICU_UNKNOWN_CODE",
            message: `Inline code <${part.kind}${part.id !== undefined ? ` id="${part.id}"` : ""}> is not a known placeholder.`,
            id: part.id,
          });
          return part.content ? render(part.content) : "";
        }
        return data;
      })
      .join("");

  const text = render(inlines);
  // A translator whose tool dropped the inline code (XLIFF → PO → XLIFF) may type the ICU
  // placeholder itself: `{firstName}` in the text stands for the code, once per occurrence.
  const typed = new Map<string, number>();
  const restoredCount = new Map<string, number>();
  for (const [id, code] of reference) {
    const data = restore(code, code);
    if (data !== undefined && used.has(id)) restoredCount.set(data, (restoredCount.get(data) ?? 0) + 1);
  }
  for (const [id, code] of reference) {
    if (used.has(id)) continue;
    const data = restore(code, code);
    if (data !== undefined && data.startsWith("{")) {
      const claimed = (restoredCount.get(data) ?? 0) + (typed.get(data) ?? 0);
      if (countOccurrences(text, data) > claimed) {
        typed.set(data, (typed.get(data) ?? 0) + 1);
        continue;
      }
    }
    problems.push({ code: "ICU_MISSING_CODE", message: missingMessage(id, code, data, opts.reference ?? []), id });
  }
  if (problems.length === 0) {
    try {
      parse(text, { ignoreTag: true });
    } catch (err) {
      problems.push({ code: "ICU_SYNTAX_ERROR", message: `The text is not valid ICU MessageFormat: ${(err as Error).message}` });
    }
  }
  return problems.length ? { ok: false, text, problems } : { ok: true, text };
}

function countOccurrences(text: string, part: string): number {
  let count = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) count++;
  return count;
}

/** Which placeholder, where it stood in the source, and the two ways to put it back. */
function missingMessage(id: string, code: InlineCode, data: string | undefined, reference: Inline[]): string {
  const shown = data ?? code.equiv ?? code.disp ?? `#${id}`;
  let before = "";
  let after = "";
  const index = reference.indexOf(code);
  if (index >= 0) {
    const prev = reference[index - 1];
    const next = reference[index + 1];
    if (typeof prev === "string") before = prev.slice(-30);
    if (typeof next === "string") after = next.slice(0, 30);
  }
  const where = before || after ? ` In the source it stands between "${before}" and "${after}".` : "";
  return (
    `Placeholder ${shown} (inline code <${code.kind} id="${id}">) is missing from the translation.${where} ` +
    `Restore it by copying the inline code from the source in your translation tool, or type ${shown} where it belongs.`
  );
}

function restore(code: InlineCode, from: InlineCode | undefined): string | undefined {
  if (!from) return undefined;
  return from.originalData ?? from.equiv;
}

function collectCodes(inlines: Inline[]): InlineCode[] {
  return inlines.flatMap((p) => (typeof p === "string" ? [] : [p, ...collectCodes(p.content ?? [])]));
}
