// Interface languages (uiLocale). Not to be confused with a variant's contentLocale.
export const UI_LOCALES = ["en", "de", "fr", "ja", "ar"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_UI_LOCALE: UiLocale = "en";
export const RTL_LOCALES: ReadonlySet<string> = new Set(["ar", "he", "fa", "ur"]);

export const UI_LOCALE_NAMES: Record<UiLocale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  ja: "日本語",
  ar: "العربية",
};

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/** Text direction of any BCP-47 locale (UI or content). */
export function directionOf(locale: string): "rtl" | "ltr" {
  return RTL_LOCALES.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}

export function pickUiLocale(acceptLanguage: string | null | undefined): UiLocale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const base = part.split(";")[0]!.trim().split("-")[0]!.toLowerCase();
    if (isUiLocale(base)) return base;
  }
  return DEFAULT_UI_LOCALE;
}
