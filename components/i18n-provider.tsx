"use client";
// Client i18next fed with the server's resource bundle, so server HTML already holds the
// translated client text (no flash of keys).
import { createInstance } from "i18next";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";

export function I18nProvider({
  uiLocale,
  resources,
  children,
}: {
  uiLocale: string;
  resources: Record<string, Record<string, unknown>>;
  children: ReactNode;
}) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: uiLocale,
      fallbackLng: false,
      ns: Object.keys(resources),
      defaultNS: "common",
      resources: { [uiLocale]: resources },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return instance;
  }, [uiLocale, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
