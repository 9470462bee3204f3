// DeepL's REST API (v2): POST /v2/translate with all segments of a batch as `text`, the source
// language without region ("EN") and the target with the region DeepL distinguishes ("EN-GB",
// "PT-BR"; otherwise the plain language, "ES"). A glossary is used where the pair has one.
import { requestJson, type FetchLike } from "./provider-http";
import { ProviderError, type TranslationBatch, type TranslationProvider } from "./translation-provider";

export interface DeeplOptions {
  apiKey: string;
  /** Default: the free endpoint for ":fx" keys, else the pro one. */
  url?: string;
  timeoutMs: number;
  batchSize: number;
  /** Glossary id per "source|target" language pair, e.g. { "EN|ES": "def3a26b-…" }. */
  glossaries?: Readonly<Record<string, string>>;
  fetch?: FetchLike;
}

/** Targets DeepL knows with a region; other targets are the plain language. */
const REGIONAL_TARGETS = new Set(["EN-GB", "EN-US", "PT-BR", "PT-PT", "ZH-HANS", "ZH-HANT", "ES-419"]);

export function deeplSourceLang(locale: string): string {
  return locale.split(/[-_]/)[0]!.toUpperCase();
}

export function deeplTargetLang(locale: string): string {
  const [language = "", region = ""] = locale.toUpperCase().split(/[-_]/);
  if (REGIONAL_TARGETS.has(`${language}-${region}`)) return `${language}-${region}`;
  if (language === "EN") return "EN-US";
  if (language === "PT") return "PT-PT";
  return language;
}

export function createDeeplProvider(options: DeeplOptions): TranslationProvider {
  const base = (options.url ?? (options.apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com")).replace(/\/+$/, "");
  return {
    name: "deepl",
    label: "DeepL",
    batchSize: Math.min(options.batchSize, 50),
    async supports(sourceLocale, targetLocale) {
      return deeplSourceLang(sourceLocale).length === 2 && deeplTargetLang(targetLocale).length >= 2;
    },
    async translate({ sourceLocale, targetLocale, segments, signal }: TranslationBatch) {
      const source_lang = deeplSourceLang(sourceLocale);
      const target_lang = deeplTargetLang(targetLocale);
      const glossary_id = options.glossaries?.[`${source_lang}|${target_lang.split("-")[0]}`];
      const body = { text: segments, source_lang, target_lang, ...(glossary_id ? { glossary_id } : {}) };
      const answer = (await requestJson("DeepL", `${base}/v2/translate`, {
        method: "POST",
        headers: { Authorization: `DeepL-Auth-Key ${options.apiKey}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
        timeoutMs: options.timeoutMs,
        fetch: options.fetch,
        signal,
      })) as { translations?: Array<{ text?: unknown }> };
      const texts = answer.translations?.map((t) => t.text);
      if (!texts || texts.length !== segments.length || texts.some((t) => typeof t !== "string")) {
        throw new ProviderError("MT_BAD_RESPONSE", "DeepL's answer has no translation per segment");
      }
      return texts as string[];
    },
  };
}
