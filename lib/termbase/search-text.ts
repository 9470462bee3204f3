// The folded form stored in Term.searchText and used for every lookup query: the checker's
// folding (case, accents, typographic punctuation, whitespace) without locale-specific casing,
// so one query string matches terms of every locale.
import { foldText } from "@/lib/core/checker/normalize-text";

export function toSearchText(text: string): string {
  return foldText(text.trim());
}

/** Escapes LIKE wildcards so user input matches literally (backslash is the default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
