// The providers this workspace has enabled. Only the environment configures them for now
// (APERTIUM_URL, DEEPL_API_KEY, OPENAI_BASE_URL + OPENAI_MODEL; a Settings page would come
// second, the environment winning): nothing is sent to an engine the operator has not named.
import { translationEnv, type TranslationEnv } from "@/lib/env";
import { createApertiumProvider } from "./apertium-provider";
import { createChatProvider } from "./chat-provider";
import { createDeeplProvider } from "./deepl-provider";
import type { ProviderName, TranslationProvider } from "./translation-provider";

export function configuredProviders(config: TranslationEnv = translationEnv()): TranslationProvider[] {
  const providers: TranslationProvider[] = [];
  if (config.APERTIUM_URL) {
    providers.push(
      createApertiumProvider({
        url: config.APERTIUM_URL,
        timeoutMs: config.APERTIUM_TIMEOUT_MS,
        batchSize: config.APERTIUM_BATCH_SIZE,
        concurrency: config.APERTIUM_CONCURRENCY,
      }),
    );
  }
  if (config.DEEPL_API_KEY) {
    providers.push(createDeeplProvider({ apiKey: config.DEEPL_API_KEY, url: config.DEEPL_API_URL, timeoutMs: config.MT_TIMEOUT_MS, batchSize: config.MT_BATCH_SIZE }));
  }
  if (config.OPENAI_BASE_URL && config.OPENAI_MODEL) {
    providers.push(
      createChatProvider({
        baseUrl: config.OPENAI_BASE_URL,
        apiKey: config.OPENAI_API_KEY,
        model: config.OPENAI_MODEL,
        timeoutMs: config.MT_TIMEOUT_MS,
        batchSize: config.MT_BATCH_SIZE,
      }),
    );
  }
  return providers;
}

/** The named provider, or the first configured one when no name is given; null when none. */
export function findProvider(name?: ProviderName, config?: TranslationEnv): TranslationProvider | null {
  const providers = configuredProviders(config);
  return (name ? providers.find((p) => p.name === name) : providers[0]) ?? null;
}
