import type { XliffVersion } from "./xliff.types";

const V12_TO_V2: Record<string, string> = {
  new: "initial",
  "needs-translation": "initial",
  "needs-l10n": "initial",
  "needs-adaptation": "initial",
  translated: "translated",
  "needs-review-translation": "translated",
  "needs-review-l10n": "translated",
  "needs-review-adaptation": "translated",
  // 1.2 "signed-off" is the reviewer's approval; 2.x has "reviewed" for exactly that.
  "signed-off": "reviewed",
  final: "final",
};
const V2_TO_V12: Record<string, string> = {
  initial: "needs-translation",
  translated: "translated",
  reviewed: "signed-off",
  final: "final",
};

/**
 * Converts a unit state between the XLIFF 1.2 vocabulary (target@state) and the 2.x
 * one (segment@state). Same-family conversions return the value unchanged; values
 * without a mapping (custom `x-…` states) return undefined.
 */
export function mapXliffState(state: string | undefined, from: XliffVersion, to: XliffVersion): string | undefined {
  if (state === undefined) return undefined;
  const fromFamily = from === "1.2" ? "1.2" : "2";
  const toFamily = to === "1.2" ? "1.2" : "2";
  if (fromFamily === toFamily) return state;
  return fromFamily === "1.2" ? V12_TO_V2[state] : V2_TO_V12[state];
}
