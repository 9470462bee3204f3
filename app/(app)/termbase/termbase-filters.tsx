// The termbase filters: a plain GET form, so a filtered list is a shareable URL.
import type { TFunction } from "i18next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { formatNumber } from "@/lib/i18n/format";
import type { findTermbaseFacets } from "@/lib/termbase/find-concepts";
import type { z } from "zod";
import { type findConceptsSchema, TERM_STATUSES } from "@/lib/termbase/termbase.schemas";

export function TermbaseFilters({
  filters,
  filtered,
  facets,
  markets,
  total,
  t,
  uiLocale,
}: {
  filters: z.output<typeof findConceptsSchema>;
  filtered: boolean;
  facets: Awaited<ReturnType<typeof findTermbaseFacets>>;
  markets: Array<{ id: string; code: string; name: string }>;
  total: number;
  t: TFunction;
  uiLocale: string;
}) {
  return (
    <form role="search" aria-label={t("termbase:filters.label")} className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-6" method="get">
      <div className="col-span-2">
        <label htmlFor="tb-q" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400">{t("termbase:filters.q")}</label>
        <Input id="tb-q" name="q" defaultValue={filters.q ?? ""} type="search" />
      </div>
      <div>
        <label htmlFor="tb-locale" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400">{t("termbase:filters.locale")}</label>
        <Select id="tb-locale" name="locale" defaultValue={filters.locale ?? ""}>
          <option value="">{t("termbase:filters.any")}</option>
          {facets.locales.map((l) => (
            <option key={l} value={l}>{l}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="tb-status" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400">{t("termbase:filters.status")}</label>
        <Select id="tb-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("termbase:filters.any")}</option>
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`termbase:status.${s}`)}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="tb-subject" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400">{t("termbase:filters.subject")}</label>
        <Select id="tb-subject" name="subject" defaultValue={filters.subject ?? ""}>
          <option value="">{t("termbase:filters.any")}</option>
          {facets.subjects.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="tb-market" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400">{t("termbase:filters.market")}</label>
        <Select id="tb-market" name="market" defaultValue={filters.market ?? ""}>
          <option value="">{t("termbase:filters.any")}</option>
          <option value="global">{t("termbase:filters.global")}</option>
          {markets.map((m) => (
            <option key={m.id} value={m.id}>{m.code} · {m.name}</option>
          ))}
        </Select>
      </div>
      <div className="col-span-2 flex items-end gap-2 md:col-span-6">
        <button type="submit" className={buttonClass("primary")}>{t("termbase:filters.apply")}</button>
        {filtered ? <Link href="/termbase" className={buttonClass("ghost")}>{t("termbase:filters.reset")}</Link> : null}
        <p className="ms-auto text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {t("termbase:list.count", { count: total, formatted: formatNumber(total, uiLocale) })}
        </p>
      </div>
    </form>
  );
}
