// One i18next instance per request on the server (never a shared mutable singleton).
import i18next, { type TFunction } from "i18next";
import type { UiLocale } from "./config";
import { loadResources } from "./resources";

export function createTranslator(uiLocale: UiLocale): TFunction {
  const instance = i18next.createInstance();
  const resources = loadResources(uiLocale);
  void instance.init({
    lng: uiLocale,
    fallbackLng: "en",
    ns: Object.keys(resources),
    defaultNS: "common",
    resources: { [uiLocale]: resources, ...(uiLocale === "en" ? {} : { en: loadResources("en") }) },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
