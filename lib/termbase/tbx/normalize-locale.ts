/**
 * Canonical BCP-47 form ("en-us" → "en-US", "zh_hant_tw" → "zh-Hant-TW"), or undefined
 * when the tag is not well-formed. Termbases come from tools that disagree on case and
 * separators; matching terms to content locales needs one spelling.
 */
export function normalizeLocale(tag: string): string | undefined {
  const cleaned = tag.trim().replace(/_/g, "-");
  if (!cleaned) return undefined;
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return undefined;
  }
}
