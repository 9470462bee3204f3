// A file repeats the same few language tags thousands of times; canonicalizing is costly
// (~10 µs), so answers are remembered. Tags are short and the cache is bounded.
const cache = new Map<string, string | undefined>();
const CACHE_LIMIT = 1000;

/**
 * Canonical BCP-47 form ("en-us" → "en-US", "zh_hant_tw" → "zh-Hant-TW"), or undefined
 * when the tag is not well-formed. Termbases come from tools that disagree on case and
 * separators; matching terms to content locales needs one spelling.
 */
export function normalizeLocale(tag: string): string | undefined {
  if (cache.has(tag)) return cache.get(tag);
  const result = canonicalize(tag);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(tag, result);
  return result;
}

function canonicalize(tag: string): string | undefined {
  const cleaned = tag.trim().replace(/_/g, "-");
  // A language subtag of 2-3 letters: BCP 47 also allows 5-8 (none is registered), which made
  // words such as "English" or "basket" pass as tags.
  if (!/^[a-z]{2,3}(-|$)/i.test(cleaned)) return undefined;
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return undefined;
  }
}
