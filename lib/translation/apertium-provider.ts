// Apertium through its HTTP service (APy): GET /listPairs once, then one GET /translate per
// segment (APy takes one text per request), several at a time. Unknown words are not marked
// (markUnknown=no): Apertium's "*" before a word it does not know would end up in the copy.
import { apertiumCode } from "./apertium-codes";
import { ProviderError, type TranslationBatch, type TranslationProvider } from "./translation-provider";

export interface ApertiumOptions {
  /** e.g. http://127.0.0.1:2737 */
  url: string;
  timeoutMs: number;
  batchSize: number;
  concurrency: number;
}

type Pair = { sourceLanguage: string; targetLanguage: string };

export function createApertiumProvider(options: ApertiumOptions): TranslationProvider {
  const base = options.url.replace(/\/+$/, "");
  let pairs: Promise<Pair[]> | null = null;

  async function get(path: string, signal?: AbortSignal): Promise<unknown> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    } catch (error) {
      if (timeout.aborted) throw new ProviderError("MT_TIMEOUT", `Apertium did not answer within ${options.timeoutMs} ms`);
      throw new ProviderError("MT_UNREACHABLE", `Apertium at ${base} cannot be reached: ${(error as Error).message}`);
    }
    if (!response.ok) throw new ProviderError("MT_BAD_RESPONSE", `Apertium answered HTTP ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw new ProviderError("MT_BAD_RESPONSE", "Apertium answered something that is not JSON");
    }
  }

  function listPairs(): Promise<Pair[]> {
    pairs ??= get("/listPairs").then((body) => {
      const data = (body as { responseData?: unknown }).responseData;
      if (!Array.isArray(data)) throw new ProviderError("MT_BAD_RESPONSE", "Apertium /listPairs has no responseData list");
      return data as Pair[];
    });
    // A failed listing is asked again next time (the service may have been starting).
    pairs.catch(() => (pairs = null));
    return pairs;
  }

  async function langpair(sourceLocale: string, targetLocale: string): Promise<string | null> {
    const list = await listPairs();
    const sources = new Set(list.map((p) => p.sourceLanguage));
    const from = apertiumCode(sourceLocale, sources);
    if (!from) return null;
    const targets = new Set(list.filter((p) => p.sourceLanguage === from).map((p) => p.targetLanguage));
    const to = apertiumCode(targetLocale, targets);
    return to ? `${from}|${to}` : null;
  }

  async function translateOne(pair: string, text: string, signal?: AbortSignal): Promise<string> {
    const query = new URLSearchParams({ langpair: pair, q: text, markUnknown: "no" });
    const body = (await get(`/translate?${query}`, signal)) as { responseData?: { translatedText?: unknown } };
    const translated = body.responseData?.translatedText;
    if (typeof translated !== "string") throw new ProviderError("MT_BAD_RESPONSE", "Apertium /translate has no translatedText");
    return translated;
  }

  return {
    name: "apertium",
    label: "Apertium",
    batchSize: options.batchSize,
    async supports(sourceLocale, targetLocale) {
      return (await langpair(sourceLocale, targetLocale)) !== null;
    },
    async translate({ sourceLocale, targetLocale, segments, signal }: TranslationBatch) {
      const pair = await langpair(sourceLocale, targetLocale);
      if (!pair) throw new ProviderError("MT_PAIR_UNSUPPORTED", `Apertium has no ${sourceLocale} → ${targetLocale} pair`);
      const out = new Array<string>(segments.length);
      let next = 0;
      const worker = async () => {
        while (next < segments.length) {
          const index = next++;
          out[index] = await translateOne(pair, segments[index]!, signal);
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.concurrency, segments.length) }, worker));
      return out;
    },
  };
}
