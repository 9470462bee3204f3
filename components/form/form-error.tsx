"use client";
import { useTranslation } from "react-i18next";

/** Shows a server error code as a translated message. */
export function FormError({ code }: { code: string | null | undefined }) {
  const { t } = useTranslation("errors");
  if (!code) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 sm:col-span-2 dark:bg-red-950 dark:text-red-300">
      {t(code, { defaultValue: t("INTERNAL") })}
    </p>
  );
}
