// An OpenAI-compatible chat-completions endpoint (hosted models, Ollama, vLLM, llama.cpp's
// server): one request per batch; the answer must be JSON {"translations": [...]} with one string
// per segment (validated with zod) or the batch is refused. The prompt says the tokens {0}, {1}, …
// must be kept; the caller still checks every one of them.
import { z } from "zod";
import { requestJson, type FetchLike } from "./provider-http";
import { ProviderError, type TranslationBatch, type TranslationProvider } from "./translation-provider";

export interface ChatOptions {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 */
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  batchSize: number;
  /** Extra instructions for every request: the brief, notes, guideline rules, term renderings. */
  context?: string;
  fetch?: FetchLike;
}

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});
const answerSchema = z.object({ translations: z.array(z.string()) });

export function chatMessages(batch: Pick<TranslationBatch, "sourceLocale" | "targetLocale" | "segments">, context?: string) {
  const system = [
    `You translate marketing copy from ${batch.sourceLocale} to ${batch.targetLocale}.`,
    "Keep every token of the form {0}, {1}, … exactly as it is, once each; they stand for names, numbers and terms.",
    'Answer with JSON only: {"translations": ["…", …]}, one translation per input segment, in order.',
    context ?? "",
  ].filter(Boolean).join("\n");
  return [
    { role: "system", content: system },
    { role: "user", content: JSON.stringify({ segments: batch.segments }) },
  ];
}

export function createChatProvider(options: ChatOptions): TranslationProvider {
  const base = options.baseUrl.replace(/\/+$/, "");
  return {
    name: "openai",
    label: options.model,
    batchSize: options.batchSize,
    async supports() {
      return true;
    },
    async translate(batch: TranslationBatch) {
      const completion = completionSchema.safeParse(
        await requestJson("The chat endpoint", `${base}/chat/completions`, {
          method: "POST",
          headers: { "Content-Type": "application/json", ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}) },
          body: JSON.stringify({ model: options.model, messages: chatMessages(batch, options.context), temperature: 0, response_format: { type: "json_object" } }),
          timeoutMs: options.timeoutMs,
          fetch: options.fetch,
          signal: batch.signal,
        }),
      );
      if (!completion.success) throw new ProviderError("MT_BAD_RESPONSE", "The chat endpoint's answer is not a chat completion");
      let parsed: unknown;
      try {
        parsed = JSON.parse(completion.data.choices[0]!.message.content);
      } catch {
        throw new ProviderError("MT_BAD_RESPONSE", "The model did not answer with JSON");
      }
      const answer = answerSchema.safeParse(parsed);
      if (!answer.success || answer.data.translations.length !== batch.segments.length) {
        throw new ProviderError("MT_BAD_RESPONSE", "The model's JSON has no translation per segment");
      }
      return answer.data.translations;
    },
  };
}
