import { describe, expect, it } from "vitest";
import { checkFormats, defaultCurrency } from "./check-formats";

const codes = (text: string, locale: string, currency?: string) =>
  checkFormats(text, { locale, currency }).map((f) => `${f.code}:${text.slice(f.start, f.end)}:${f.data.suggestion ?? f.data.example ?? ""}`);

describe("checkFormats", () => {
  it("flags US number separators in de-DE and suggests the German form", () => {
    expect(codes("Jetzt nur 1,299.00 € statt 1.499,00 €", "de-DE")).toEqual(["FORMAT_NUMBER_SEPARATORS:1,299.00:1.299,00"]);
    expect(codes("Preis: 12.99 €", "de-DE")).toEqual(["FORMAT_NUMBER_SEPARATORS:12.99:12,99"]);
    expect(codes("Über 1,000,000 Kunden", "de-DE")).toEqual(["FORMAT_NUMBER_SEPARATORS:1,000,000:1.000.000"]);
  });

  it("flags German separators in en-US", () => {
    expect(codes("Only $1.299,00 today", "en-US")).toEqual(["FORMAT_NUMBER_SEPARATORS:1.299,00:1,299.00"]);
  });

  it("accepts French spacing and flags a dot decimal in fr-FR", () => {
    expect(codes("Seulement 1 299,00 € et 1\u202f299,00 €", "fr-FR")).toEqual([]);
    expect(codes("Seulement 1 299.00 €", "fr-FR")).toHaveLength(1);
  });

  it("keeps false positives low", () => {
    const text = "Seit 2026 über 500 Filialen, Version 17.2, Termin um 10.30 Uhr, 1,299 kg, www.example.com/a/1,299.00, {price, number}";
    expect(codes(text, "de-DE")).toEqual([]);
    expect(codes("Since 2026, 1,299.00 and 12/31/2026", "en-US")).toEqual([]);
    expect(codes("Version 3.14159 und 192.168.0.1", "de-DE")).toEqual([]);
  });

  it("flags US-style dates outside MDY locales with a rewrite", () => {
    expect(codes("Gültig bis 12/31/2026.", "de-DE")).toEqual(["FORMAT_DATE_US:12/31/2026:31.12.2026"]);
    expect(codes("Valable jusqu'au 12/31/2026", "fr-FR")).toEqual(["FORMAT_DATE_US:12/31/2026:31/12/2026"]);
    expect(codes("12/31/2026まで", "ja-JP")).toEqual(["FORMAT_DATE_US:12/31/2026:2026/12/31"]);
    // DMY with slashes is normal in French
    expect(codes("Valable jusqu'au 05/06/2026", "fr-FR")).toEqual([]);
    expect(codes("Gültig bis 05/06/2026", "de-DE")[0]).toMatch(/^FORMAT_DATE_AMBIGUOUS/);
    expect(codes("31/12/2026まで", "ja-JP")).toEqual(["FORMAT_DATE_ORDER:31/12/2026:2026/12/31"]);
  });

  it("flags another market's currency symbol", () => {
    expect(codes("Nur $49 im Angebot", "de-DE")).toEqual(["FORMAT_CURRENCY_MISMATCH:$:49,00\u00a0€"]);
    expect(codes("Nur 49 USD", "de-DE", "EUR")[0]).toMatch(/^FORMAT_CURRENCY_MISMATCH:USD/);
    expect(codes("Only $49", "en-CA")).toEqual([]);
    expect(codes("Nur 49 €", "de-DE")).toEqual([]);
    expect(codes("Ke$ha live", "de-DE")).toEqual([]);
    expect(codes("1,000円から", "ja-JP")).toEqual([]);
  });

  it("derives the default currency only from an explicit region", () => {
    expect(defaultCurrency("de-AT")).toBe("EUR");
    expect(defaultCurrency("ja-JP")).toBe("JPY");
    expect(defaultCurrency("en")).toBeNull();
  });
});
