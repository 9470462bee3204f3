import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { ASSET_KINDS, ASSET_STATUSES, assetFilterSchema, EXPIRY_FILTERS } from "@/lib/assets/asset.schemas";
import { findAssets, findAssetTags } from "@/lib/assets/find-assets";
import { requireActor } from "@/lib/auth";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canSetAssetStatus, canUploadAsset } from "@/lib/permissions/assets";
import { AssetFlagBadges, statusTone } from "./asset-flag-badges";
import { UploadAssetForm } from "./assets-client";

export const metadata: Metadata = { title: "Assets" };

type Search = Record<string, string | undefined>;

export default async function AssetsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const raw = await searchParams;
  const parsed = assetFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const filter = parsed.success ? parsed.data : { limit: 60, offset: 0 };
  const [{ items, total }, tags, markets] = await Promise.all([findAssets(actor, filter), findAssetTags(actor), findMarkets(actor)]);
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const marketOptions = markets.map((m) => ({ id: m.id, code: m.code, name: m.name }));
  const selectClass = "w-40";
  return (
    <>
      <PageHeader title={t("assets:title")} description={t("assets:description")} />
      <form role="search" className="mb-6 flex flex-wrap items-end gap-2" aria-label={t("assets:filters.label")}>
        <div>
          <label htmlFor="a-q" className="mb-1 block text-xs font-medium">{t("search")}</label>
          <Input id="a-q" name="q" defaultValue={raw.q} placeholder={t("assets:filters.q")} className="w-56" />
        </div>
        <div>
          <label htmlFor="a-tag" className="mb-1 block text-xs font-medium">{t("assets:filters.tag")}</label>
          <Select id="a-tag" name="tag" defaultValue={raw.tag ?? ""} className={selectClass}>
            <option value="">{t("assets:filters.any")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>{tag}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="a-status" className="mb-1 block text-xs font-medium">{t("assets:filters.status")}</label>
          <Select id="a-status" name="status" defaultValue={raw.status ?? ""} className={selectClass}>
            <option value="">{t("assets:filters.any")}</option>
            {ASSET_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`assets:status.${s}`)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="a-kind" className="mb-1 block text-xs font-medium">{t("assets:filters.kind")}</label>
          <Select id="a-kind" name="kind" defaultValue={raw.kind ?? ""} className={selectClass}>
            <option value="">{t("assets:filters.any")}</option>
            {ASSET_KINDS.map((k) => (
              <option key={k} value={k}>{t(`assets:kinds.${k}`)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="a-market" className="mb-1 block text-xs font-medium">{t("assets:filters.market")}</label>
          <Select id="a-market" name="market" defaultValue={raw.market ?? ""} className={selectClass}>
            <option value="">{t("assets:filters.any")}</option>
            {markets.map((m) => (
              <option key={m.id} value={m.id}>{m.code} — {m.name}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="a-expiry" className="mb-1 block text-xs font-medium">{t("assets:filters.expiry")}</label>
          <Select id="a-expiry" name="expiry" defaultValue={raw.expiry ?? ""} className={selectClass}>
            <option value="">{t("assets:filters.any")}</option>
            {EXPIRY_FILTERS.map((e) => (
              <option key={e} value={e}>{t(`assets:expiry.${e}`)}</option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
        <Link href="/assets" className={buttonClass("ghost")}>{t("assets:filters.reset")}</Link>
      </form>

      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {t("assets:count", { count: formatNumber(total, uiLocale) })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t("assets:empty.title")} description={t("assets:empty.description")} />
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {items.map((a) => (
            <li key={a.id}>
              <Link
                href={`/assets/${a.id}`}
                className="block overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm hover:border-brand-500 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex aspect-[4/3] items-center justify-center bg-slate-100 dark:bg-slate-800">
                  {a.current?.thumbnailKey ? (
                    // eslint-disable-next-line @next/next/no-img-element -- permission-checked route, not a static image
                    <img src={`/api/assets/${a.id}/file?thumbnail=1&version=${a.currentVersion}`} alt="" loading="lazy" className="h-full w-full object-cover" />
                  ) : (
                    <span className="text-sm uppercase tracking-wide text-slate-500">{t(`assets:kinds.${a.kind}`, { defaultValue: a.kind })}</span>
                  )}
                </div>
                <div className="space-y-1 p-3">
                  <p className="font-medium">{a.title}</p>
                  <div className="flex flex-wrap items-center gap-1">
                    <Badge tone={statusTone(a.status)}>{t(`assets:status.${a.status}`)}</Badge>
                    {a.marketId ? <Badge tone="info">{t("assets:alternateFor", { market: codeOf.get(a.marketId) ?? "?" })}</Badge> : null}
                    <AssetFlagBadges flags={a.flags} t={t} />
                  </div>
                  <p className="text-xs text-slate-500">
                    {a.allowedMarketIds.length ? a.allowedMarketIds.map((id) => codeOf.get(id) ?? "?").join(", ") : t("assets:allMarkets")}
                    {a.rightsExpireAt ? ` · ${t("assets:until", { date: formatDate(a.rightsExpireAt, uiLocale) })}` : ""}
                  </p>
                  {a.tags.length ? <p className="text-xs text-slate-500">#{a.tags.join(" #")}</p> : null}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}

      {canUploadAsset(actor) ? (
        <Card className="mt-8">
          <h2 className="mb-3 text-lg font-semibold">{t("assets:uploadTitle")}</h2>
          <UploadAssetForm markets={marketOptions} canSetStatus={canSetAssetStatus(actor)} />
        </Card>
      ) : null}
    </>
  );
}
