// The learnings filters: a plain GET form, so a filtered list is a shareable URL.
import type { TFunction } from "i18next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { findLearningOptions } from "@/lib/learnings/find-learning-options";

export function LearningsFilters({
  params,
  options,
  t,
}: {
  params: Record<string, string | undefined>;
  options: Awaited<ReturnType<typeof findLearningOptions>>;
  t: TFunction;
}) {
  return (
    <form role="search" aria-label={t("learnings:filters.label")} className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("learnings:filters.market")}</span>
        <Select name="market" defaultValue={params.market ?? ""}>
          <option value="">{t("learnings:filters.all")}</option>
          {options.markets.map((m) => <option key={m.id} value={m.code}>{m.code} — {m.name}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("learnings:filters.tag")}</span>
        <Input name="tag" list="learning-tags" defaultValue={params.tag ?? ""} />
        <datalist id="learning-tags">{options.tags.map((tag) => <option key={tag} value={tag} />)}</datalist>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("learnings:filters.campaign")}</span>
        <Select name="campaign" defaultValue={params.campaign ?? ""}>
          <option value="">{t("learnings:filters.all")}</option>
          {options.campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("learnings:filters.channel")}</span>
        <Select name="channel" defaultValue={params.channel ?? ""}>
          <option value="">{t("learnings:filters.all")}</option>
          {options.channels.map((c) => <option key={c} value={c}>{t(`campaigns:channels.${c}`, { defaultValue: c })}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("learnings:filters.sort")}</span>
        <Select name="sort" defaultValue={params.sort ?? "newest"}>
          <option value="newest">{t("learnings:filters.newest")}</option>
          <option value="useful">{t("learnings:filters.useful")}</option>
        </Select>
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>{t("learnings:filters.apply")}</button>
        <Link href="/learnings" className={buttonClass("ghost")}>{t("learnings:filters.reset")}</Link>
      </div>
    </form>
  );
}
