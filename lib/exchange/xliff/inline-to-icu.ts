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
  for (const id of reference.keys()) {
    if (!used.has(id)) problems.push({ code: "ICU_MISSING_CODE", message: `Placeholder "${id}" is missing from the translation.`, id });
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

function restore(code: InlineCode, from: InlineCode | undefined): string | undefined {
  if (!from) return undefined;
  return from.originalData ?? from.equiv;
}

function collectCodes(inlines: Inline[]): InlineCode[] {
  return inlines.flatMap((p) => (typeof p === "string" ? [] : [p, ...collectCodes(p.content ?? [])]));
}
