"use client";
// Language, theme and sign-out. Preferences are saved to the profile (and a cookie, so the
// sign-in page keeps the language too).
import { signOut } from "next-auth/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useServerAction } from "@/components/form/use-server-action";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action-client";
import { UI_LOCALE_NAMES, UI_LOCALES } from "@/lib/i18n/config";

export function UserMenu({
  name,
  email,
  roleLabel,
  theme,
  savePreferences,
}: {
  name: string;
  email: string;
  roleLabel: string;
  theme: string;
  savePreferences: (input: { uiLocale?: string; theme?: string }) => Promise<ActionResult<unknown>>;
}) {
  const { t, i18n } = useTranslation("common");
  const { pending, run } = useServerAction();
  const menu = useRef<HTMLDetailsElement>(null);
  const save = (input: { uiLocale?: string; theme?: string }) =>
    run(
      async () => {
        const result = await savePreferences(input);
        menu.current?.removeAttribute("open");
        return result;
      },
      { refresh: "always" },
    );
  return (
    <details className="relative" ref={menu}>
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
        aria-label={t("userMenu.open")}
      >
        <span
          aria-hidden
          className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden sm:inline">{name}</span>
      </summary>
      <div className="absolute end-0 z-30 mt-2 w-72 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <div>
          <p className="text-sm font-medium">{name}</p>
          <p className="text-xs text-slate-500" dir="ltr">{email}</p>
          <p className="text-xs text-slate-500">{roleLabel}</p>
        </div>
        <label className="block text-xs font-medium">
          {t("userMenu.language")}
          <select
            className={`${inputClass} mt-1`}
            value={i18n.language}
            disabled={pending}
            onChange={(e) => save({ uiLocale: e.target.value })}
            data-testid="language-select"
          >
            {UI_LOCALES.map((l) => (
              <option key={l} value={l}>
                {UI_LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium">
          {t("userMenu.theme")}
          <select
            className={`${inputClass} mt-1`}
            defaultValue={theme}
            disabled={pending}
            onChange={(e) => save({ theme: e.target.value })}
          >
            <option value="system">{t("userMenu.themeSystem")}</option>
            <option value="light">{t("userMenu.themeLight")}</option>
            <option value="dark">{t("userMenu.themeDark")}</option>
          </select>
        </label>
        <button
          type="button"
          className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
          onClick={() => signOut({ callbackUrl: "/sign-in" })}
        >
          {t("userMenu.signOut")}
        </button>
      </div>
    </details>
  );
}
