import { afterAll, describe, expect, it } from "vitest";
import { apertiumCode } from "./apertium-codes";
import { createApertiumProvider } from "./apertium-provider";
import { APERTIUM_MISSING, startApertiumForTests } from "./testing/apertium-service";
import { ProviderError } from "./translation-provider";

const service = await startApertiumForTests();
if (!service) console.warn(APERTIUM_MISSING);
afterAll(() => service?.stop());

const options = { timeoutMs: 10_000, batchSize: 20, concurrency: 3 };

describe("apertiumCode", () => {
  it("maps BCP 47 to the codes the server lists, preferring a listed variety", () => {
    const served = new Set(["eng", "spa", "por", "por_BR", "eng_US"]);
    expect(apertiumCode("es-ES", served)).toBe("spa");
    expect(apertiumCode("en", served)).toBe("eng");
    expect(apertiumCode("pt-BR", served)).toBe("por_BR");
    expect(apertiumCode("pt-PT", served)).toBe("por");
    expect(apertiumCode("fr-FR", served)).toBeNull();
  });
});

describe("Apertium provider against an unreachable service", () => {
  it("fails with MT_UNREACHABLE, not an untyped error", async () => {
    const provider = createApertiumProvider({ ...options, url: "http://127.0.0.1:9" });
    await expect(provider.translate({ sourceLocale: "en", targetLocale: "es-ES", segments: ["Hello"] })).rejects.toMatchObject({
      code: "MT_UNREACHABLE",
    });
  });
});

describe.skipIf(!service)("Apertium provider against the real service", () => {
  const provider = createApertiumProvider({ ...options, url: service?.url ?? "" });

  it("lists en → es-ES as supported and es → ja as not", async () => {
    expect(await provider.supports("en", "es-ES")).toBe(true);
    expect(await provider.supports("en-GB", "es-MX")).toBe(true);
    expect(await provider.supports("es", "ja-JP")).toBe(false);
  });

  it("translates a batch in order and keeps {n} tokens and unknown words unmarked", async () => {
    const out = await provider.translate({
      sourceLocale: "en",
      targetLocale: "es-ES",
      segments: ["Hello {0}, open your account today", "You have {0} new messages from {1}.", "Save {firstName} now", "The {0} is red"],
    });
    expect(out).toHaveLength(4);
    expect(out[0]).toBe("Hola {0}, abre vuestra cuenta hoy");
    expect(out[1]).toContain("{0}");
    expect(out[1]).toContain("{1}");
    expect(out[2]).not.toContain("*");
    expect(out[3]).toBe("El {0} es rojo");
  });

  it("refuses a pair the server does not have", async () => {
    const error = await provider.translate({ sourceLocale: "en", targetLocale: "ja-JP", segments: ["Hello"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "MT_PAIR_UNSUPPORTED" });
  });
});
