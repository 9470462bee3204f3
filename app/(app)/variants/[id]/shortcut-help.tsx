"use client";
// The keyboard shortcut list ("?" or Ctrl+/ opens it, Escape closes it).
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "@/components/ui/button";

export const SHORTCUTS = [
  { keys: "Alt+↓ / Ctrl+Enter", action: "next" },
  { keys: "Alt+↑", action: "previous" },
  { keys: "Ctrl+Shift+1…9", action: "suggestion" },
  { keys: "Alt+I", action: "fix" },
  { keys: "Ctrl+S", action: "save" },
  { keys: "Ctrl+Shift+Enter", action: "submit" },
  { keys: "? / Ctrl+/", action: "help" },
] as const;

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("variants");
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="fixed inset-0 z-40 flex items-center justify-center bg-black/40 p-4" onClick={onClose}>
      <div className="w-full max-w-md rounded-lg bg-white p-4 shadow-xl dark:bg-slate-900" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">{t("shortcuts.title")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map((s) => (
            <div key={s.action} className="contents">
              <dt><kbd className="rounded border px-1.5 py-0.5 font-mono text-xs" dir="ltr">{s.keys}</kbd></dt>
              <dd>{t(`shortcuts.${s.action}`)}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" className={buttonClass("secondary", "mt-4")} onClick={onClose}>{t("shortcuts.close")}</button>
      </div>
    </div>
  );
}
