"use client";
import { useTranslation } from "react-i18next";

/**
 * Shows a server error code as a translated message: first `<ns>:errors.<CODE>` of the
 * feature's namespace, then the shared `errors:<CODE>`, then a generic message.
 */
export function FormError({ code, ns }: { code: string | null | undefined; ns?: string }) {
  const { t, i18n } = useTranslation("errors");
  if (!code) return null;
  const key = ns && i18n.exists(`${ns}:errors.${code}`) ? `${ns}:errors.${code}` : i18n.exists(`errors:${code}`) ? `errors:${code}` : "errors:INTERNAL";
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 sm:col-span-2 dark:bg-red-950 dark:text-red-300">
      {t(key)}
    </p>
  );
}
