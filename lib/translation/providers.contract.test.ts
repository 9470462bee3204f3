// DeepL and OpenAI-compatible chat providers against the request/response shapes their
// documentation shows (no network: a recording fetch answers with the documented examples).
import { describe, expect, it } from "vitest";
import { createChatProvider } from "./chat-provider";
import { createDeeplProvider, deeplTargetLang } from "./deepl-provider";
import { configuredProviders } from "./translation-providers";

type Call = { url: string; init: RequestInit };

function recordingFetch(answer: unknown, status = 200) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof answer === "string" ? answer : JSON.stringify(answer), { status, headers: { "content-type": "application/json" } });
  };
  return { calls, fetch };
}

const batch = { sourceLocale: "en-US", targetLocale: "es-ES", segments: ["Hello {0}!", "Open your account"] };

describe("DeepL provider (POST /v2/translate)", () => {
  it("sends the documented request and reads the documented answer", async () => {
    // https://developers.deepl.com/docs/api-reference/translate: example response shape.
    const { calls, fetch } = recordingFetch({
      translations: [
        { detected_source_language: "EN", text: "¡Hola {0}!" },
        { detected_source_language: "EN", text: "Abre tu cuenta" },
      ],
    });
    const deepl = createDeeplProvider({ apiKey: "abc:fx", timeoutMs: 1000, batchSize: 20, glossaries: { "EN|ES": "gl-1" }, fetch });
    expect(await deepl.translate(batch)).toEqual(["¡Hola {0}!", "Abre tu cuenta"]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("https://api-free.deepl.com/v2/translate");
    expect(calls[0]!.init.method).toBe("POST");
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe("DeepL-Auth-Key abc:fx");
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ text: batch.segments, source_lang: "EN", target_lang: "ES", glossary_id: "gl-1" });
  });

  it("maps locales to DeepL's target codes", () => {
    expect(deeplTargetLang("es-ES")).toBe("ES");
    expect(deeplTargetLang("pt-BR")).toBe("PT-BR");
    expect(deeplTargetLang("pt")).toBe("PT-PT");
    expect(deeplTargetLang("en")).toBe("EN-US");
    expect(deeplTargetLang("en-GB")).toBe("EN-GB");
  });

  it("refuses an answer without one translation per segment, and HTTP errors (456 quota)", async () => {
    const short = createDeeplProvider({ apiKey: "k", timeoutMs: 1000, batchSize: 20, fetch: recordingFetch({ translations: [{ text: "x" }] }).fetch });
    await expect(short.translate(batch)).rejects.toMatchObject({ code: "MT_BAD_RESPONSE" });
    const quota = createDeeplProvider({ apiKey: "k", timeoutMs: 1000, batchSize: 20, fetch: recordingFetch({ message: "Quota exceeded" }, 456).fetch });
    await expect(quota.translate(batch)).rejects.toMatchObject({ code: "MT_BAD_RESPONSE" });
  });
});

describe("OpenAI-compatible chat provider (POST /chat/completions)", () => {
  // https://platform.openai.com/docs/api-reference/chat/object: example chat completion object.
  const completion = (content: string) => ({
    id: "chatcmpl-123",
    object: "chat.completion",
    created: 1677652288,
    model: "gpt-4o-mini",
    system_fingerprint: "fp_44709d6fcb",
    choices: [{ index: 0, message: { role: "assistant", content }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21 },
  });

  it("sends model, messages and a JSON response format; reads the translations from the JSON answer", async () => {
    const { calls, fetch } = recordingFetch(completion(JSON.stringify({ translations: ["¡Hola {0}!", "Abre tu cuenta"] })));
    const chat = createChatProvider({ baseUrl: "http://127.0.0.1:11434/v1/", apiKey: "sk-test", model: "llama3.1", timeoutMs: 1000, batchSize: 20, context: "Brief: switch banks in ten minutes.", fetch });
    expect(await chat.translate(batch)).toEqual(["¡Hola {0}!", "Abre tu cuenta"]);
    expect(calls[0]!.url).toBe("http://127.0.0.1:11434/v1/chat/completions");
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe("Bearer sk-test");
    const body = JSON.parse(calls[0]!.init.body as string);
    expect(body).toMatchObject({ model: "llama3.1", temperature: 0, response_format: { type: "json_object" } });
    expect(body.messages[0]).toMatchObject({ role: "system" });
    expect(body.messages[0].content).toContain("{0}");
    expect(body.messages[0].content).toContain("Brief: switch banks in ten minutes.");
    expect(JSON.parse(body.messages[1].content)).toEqual({ segments: batch.segments });
  });

  it("refuses prose, malformed JSON and a wrong number of translations", async () => {
    for (const content of ["Sure! Here are your translations: ...", JSON.stringify({ translations: ["only one"] }), JSON.stringify({ text: ["a", "b"] })]) {
      const chat = createChatProvider({ baseUrl: "http://x/v1", model: "m", timeoutMs: 1000, batchSize: 20, fetch: recordingFetch(completion(content)).fetch });
      await expect(chat.translate(batch)).rejects.toMatchObject({ code: "MT_BAD_RESPONSE" });
    }
    const notCompletion = createChatProvider({ baseUrl: "http://x/v1", model: "m", timeoutMs: 1000, batchSize: 20, fetch: recordingFetch({ error: "x" }).fetch });
    await expect(notCompletion.translate(batch)).rejects.toMatchObject({ code: "MT_BAD_RESPONSE" });
  });
});

describe("configuration from the environment", () => {
  const base = { APERTIUM_TIMEOUT_MS: 1, APERTIUM_BATCH_SIZE: 1, APERTIUM_CONCURRENCY: 1, MT_TIMEOUT_MS: 1, MT_BATCH_SIZE: 1 };
  it("enables only the providers the operator named", () => {
    expect(configuredProviders(base)).toEqual([]);
    expect(configuredProviders({ ...base, APERTIUM_URL: "http://127.0.0.1:2737" }).map((p) => p.name)).toEqual(["apertium"]);
    expect(configuredProviders({ ...base, DEEPL_API_KEY: "k", OPENAI_BASE_URL: "http://x/v1" }).map((p) => p.name)).toEqual(["deepl"]);
    expect(configuredProviders({ ...base, OPENAI_BASE_URL: "http://x/v1", OPENAI_MODEL: "m" }).map((p) => p.name)).toEqual(["openai"]);
  });
});
