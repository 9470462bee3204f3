"use client";
// The global term lookup in the top bar: "/" or Ctrl/Cmd+K focuses it, results arrive while
// typing (debounced, stale answers dropped), arrow keys move through the concepts, Enter opens one.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type LookupConcept, useFocusShortcut, useTermLookup } from "./use-term-lookup";

const STATUS_CLASS: Record<string, string> = {
  preferred: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-300",
  admitted: "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100",
  deprecated: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-300",
  forbidden: "bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-300",
};
const RTL = new Set(["ar", "he", "fa", "ur"]);
const dirOf = (locale: string) => (RTL.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr");

export function GlobalSearch() {
  const { t } = useTranslation("termbase");
  const router = useRouter();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const { loading, failed, results, active, setActive, search } = useTermLookup();
  useFocusShortcut(inputRef);

  const go = (conceptId: string) => {
    setOpen(false);
    router.push(`/termbase/${conceptId}`);
  };

  const showPanel = open && q.trim().length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  return (
    <div className="relative w-full max-w-xl" data-testid="global-search">
      <label htmlFor={`${listId}-input`} className="sr-only">{t("search.label")}</label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-label={t("search.label")}
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={t("search.placeholder")}
        title={t("search.shortcut")}
        autoComplete="off"
        spellCheck={false}
        // Empty, the field takes the page's direction (an Arabic placeholder starts on the right,
        // clear of the "/" hint at the end); typed text chooses its own.
        dir={q ? "auto" : undefined}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          search(e.target.value);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(results.length - 1, a + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === "Enter" && active >= 0 && results[active]) {
            e.preventDefault();
            go(results[active].conceptId);
          } else if (e.key === "Escape") {
            if (q) {
              setQ("");
              search("");
            } else inputRef.current?.blur();
            setOpen(false);
          }
        }}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 dark:border-slate-600 dark:bg-slate-900"
      />
      {q ? null : (
        <kbd className="pointer-events-none absolute end-2 top-1.5 hidden rounded border border-slate-300 px-1.5 text-xs text-slate-500 sm:block dark:border-slate-600" aria-hidden>
          /
        </kbd>
      )}
      <p className="sr-only" aria-live="polite" role="status">
        {showPanel && !loading ? (failed ? t("search.error") : results.length ? t("search.results", { count: results.length }) : t("search.noResults", { q: q.trim() })) : ""}
      </p>
      {showPanel ? (
        <div className="absolute start-0 z-40 mt-1 max-h-[70vh] w-full min-w-80 overflow-auto rounded-lg border border-slate-200 bg-white shadow-xl dark:border-slate-700 dark:bg-slate-900">
          {loading && results.length === 0 ? <p className="p-3 text-sm text-slate-500">{t("search.searching")}</p> : null}
          {failed ? <p className="p-3 text-sm text-red-600 dark:text-red-400">{t("search.error")}</p> : null}
          {!loading && !failed && results.length === 0 ? <p className="p-3 text-sm text-slate-500">{t("search.noResults", { q: q.trim() })}</p> : null}
          <ul id={listId} role="listbox" aria-label={t("search.label")}>
            {results.map((c, i) => (
              <li
                key={c.conceptId}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`border-b border-slate-100 p-3 last:border-0 dark:border-slate-800 ${i === active ? "bg-brand-50 dark:bg-slate-800" : ""}`}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
              >
                <Link href={`/termbase/${c.conceptId}`} onClick={() => setOpen(false)} className="block" tabIndex={-1}>
                  <ConceptTerms concept={c} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ConceptTerms({ concept: c }: { concept: LookupConcept }) {
  const { t } = useTranslation("termbase");
  return (
    <>
    {c.subject ? <span className="text-xs font-medium uppercase tracking-wide text-slate-500">{c.subject}</span> : null}
    <ul className="mt-1 space-y-0.5">
      {c.terms.map((term) => (
        <li key={term.termId} className={`flex flex-wrap items-center gap-1.5 text-sm ${c.matched.includes(term.termId) ? "font-semibold" : ""}`}>
          <span className="w-12 shrink-0 font-mono text-xs font-normal text-slate-500" dir="ltr">{term.locale}</span>
          <span lang={term.locale} dir={dirOf(term.locale)} className={term.status === "forbidden" ? "line-through decoration-red-500" : ""}>{term.term}</span>
          <span className={`rounded-full px-1.5 text-[11px] font-medium ${STATUS_CLASS[term.status] ?? ""}`}>{t(`status.${term.status}`)}</span>
          {term.doNotTranslate ? <span className="rounded-full bg-slate-100 px-1.5 text-[11px] dark:bg-slate-800">{t("dntShort")}</span> : null}
          {term.marketCode ? <span className="rounded-full bg-brand-100 px-1.5 text-[11px] text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">{term.marketCode}</span> : null}
        </li>
      ))}
    </ul>
    </>
  );
}
