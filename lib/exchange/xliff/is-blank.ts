import type { Inline } from "./xliff.types";

/** Markers annotate text (terms, protected spans, 1.2 segments); their content is plain text to us. */
export const TRANSPARENT_KINDS: ReadonlySet<string> = new Set(["mrk", "sm", "em"]);

/**
 * True when inline content holds no text and no code: only whitespace, possibly inside markers.
 * Trados and other tools write an untranslated 1.2 target as an empty `<mrk mtype="seg"/>`.
 */
export function isBlank(inlines: readonly Inline[] | undefined): boolean {
  return (
    !inlines ||
    inlines.every((p) => (typeof p === "string" ? p.trim() === "" : TRANSPARENT_KINDS.has(p.kind) && isBlank(p.content)))
  );
}
