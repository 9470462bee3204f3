// The dashboard filters: a plain GET form, so the filtered view is a shareable URL.
import type { TFunction } from "i18next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { loadCoverage } from "@/lib/dashboard/load-coverage";

export function DashboardFilters({ data, t }: { data: Awaited<ReturnType<typeof loadCoverage>>; t: TFunction }) {
  const f = data.filters;
  return (
    <form role="search" aria-label={t("dashboard:filters.label")} className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7">
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("dashboard:filters.region")}</span>
        <Select name="region" defaultValue={f.region ?? ""}>
          <option value="">{t("dashboard:filters.all")}</option>
          {data.filterOptions.regions.map((r) => <option key={r} value={r}>{r}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("dashboard:filters.channel")}</span>
        <Select name="channel" defaultValue={f.channel ?? ""}>
          <option value="">{t("dashboard:filters.all")}</option>
          {data.filterOptions.channels.map((c) => <option key={c} value={c}>{t(`campaigns:channels.${c}`, { defaultValue: c })}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("dashboard:filters.owner")}</span>
        <Select name="owner" defaultValue={f.owner ?? ""}>
          <option value="">{t("dashboard:filters.all")}</option>
          {data.filterOptions.owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("dashboard:filters.from")}</span>
        <Input type="date" name="from" defaultValue={f.from ?? ""} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("dashboard:filters.to")}</span>
        <Input type="date" name="to" defaultValue={f.to ?? ""} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("dashboard:filters.status")}</span>
        <Select name="status" defaultValue={f.status ?? ""}>
          <option value="">{t("dashboard:filters.notDraft")}</option>
          {(["draft", "published", "archived"] as const).map((s) => <option key={s} value={s}>{t(`campaigns:status.${s}`)}</option>)}
        </Select>
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>{t("dashboard:filters.apply")}</button>
        <Link href="/dashboard" className={buttonClass("ghost")}>{t("dashboard:filters.reset")}</Link>
      </div>
    </form>
  );
}
