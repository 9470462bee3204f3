import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { getAsset } from "@/lib/assets/get-asset";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { AssetFlagBadges, statusTone } from "../asset-flag-badges";
import { EditAssetForm, NewVersionForm } from "../assets-client";
import { AlternatesSection } from "./alternates-section";

export const metadata: Metadata = { title: "Asset" };

async function load(actor: Awaited<ReturnType<typeof requireActor>>, id: string) {
  try {
    return await getAsset(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function AssetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { t, uiLocale } = await getT();
  const [asset, markets] = await Promise.all([load(actor, id), findMarkets(actor)]);
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const marketOptions = markets.map((m) => ({ id: m.id, code: m.code, name: m.name }));
  const current = asset.versions[0];
  const fileUrl = (v?: number, download = false) =>
    `/api/assets/${asset.id}/file?${new URLSearchParams({ ...(v ? { version: String(v) } : {}), ...(download ? { download: "1" } : {}) })}`;
  const size = (bytes: number) => formatNumber(bytes / 1024, uiLocale, { maximumFractionDigits: 0 }) + " KB";

  return (
    <>
      <PageHeader
        title={asset.title}
        description={asset.alternateOf ? <Link className="text-brand-600 underline" href={`/assets/${asset.alternateOf.id}`}>{t("assets:alternateOf", { title: asset.alternateOf.title })}</Link> : undefined}
        actions={<a href={fileUrl(undefined, true)} className={buttonClass("primary")}>{t("assets:download")}</a>}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <div className="flex min-h-48 items-center justify-center bg-slate-100 dark:bg-slate-800">
            {asset.kind === "image" ? (
              // eslint-disable-next-line @next/next/no-img-element -- permission-checked route
              <img src={fileUrl(asset.currentVersion)} alt={asset.title} className="max-h-96 object-contain" />
            ) : asset.kind === "video" ? (
              <video src={fileUrl(asset.currentVersion)} controls className="max-h-96" />
            ) : (
              <span className="text-sm uppercase text-slate-500">{t(`assets:kinds.${asset.kind}`, { defaultValue: asset.kind })}</span>
            )}
          </div>
        </Card>
        <Card>
          <div className="mb-3 flex flex-wrap gap-1">
            <Badge tone={statusTone(asset.status)}>{t(`assets:status.${asset.status}`)}</Badge>
            <AssetFlagBadges flags={asset.flags} t={t} />
          </div>
          <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
            <div><dt className="text-slate-500">{t("assets:fields.allowedMarkets")}</dt><dd>{asset.marketId ? codeOf.get(asset.marketId) : asset.allowedMarketIds.length ? asset.allowedMarketIds.map((m) => codeOf.get(m) ?? "?").join(", ") : t("assets:allMarkets")}</dd></div>
            <div><dt className="text-slate-500">{t("assets:fields.rightsExpireAt")}</dt><dd>{formatDate(asset.rightsExpireAt, uiLocale)}</dd></div>
            <div><dt className="text-slate-500">{t("assets:fields.tags")}</dt><dd>{asset.tags.join(", ") || "—"}</dd></div>
            {current ? (
              <div><dt className="text-slate-500">{t("assets:fields.file")}</dt><dd dir="ltr" className="text-start">{current.mimeType}{current.width ? ` · ${current.width}×${current.height}` : ""} · {size(current.size)}</dd></div>
            ) : null}
          </dl>
          {asset.description ? <p className="mt-3 whitespace-pre-line text-sm">{asset.description}</p> : null}
        </Card>
      </div>

      {asset.can.edit ? (
        <Card className="mt-6">
          <h2 className="mb-3 text-lg font-semibold">{t("assets:editTitle")}</h2>
          <EditAssetForm
            asset={{
              id: asset.id,
              title: asset.title,
              description: asset.description,
              tags: asset.tags,
              status: asset.status,
              allowedMarketIds: asset.allowedMarketIds,
              rightsExpireAt: asset.rightsExpireAt?.toISOString() ?? null,
              isAlternate: !!asset.marketId,
            }}
            markets={marketOptions}
            canSetStatus={asset.can.setStatus}
          />
        </Card>
      ) : null}

      <section aria-labelledby="a-versions" className="mt-6">
        <h2 id="a-versions" className="mb-3 text-lg font-semibold">{t("assets:versions")}</h2>
        <Table caption={t("assets:versions")}>
          <thead>
            <tr>
              <Th>{t("assets:version")}</Th>
              <Th>{t("assets:fields.file")}</Th>
              <Th>{t("assets:uploadedBy")}</Th>
              <Th>{t("assets:uploadedAt")}</Th>
              <Th><span className="sr-only">{t("actions")}</span></Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {asset.versions.map((v) => (
              <tr key={v.id}>
                <Td>v{v.version}{v.version === asset.currentVersion ? <> <Badge tone="info">{t("assets:current")}</Badge></> : null}</Td>
                <Td><span dir="ltr">{v.fileName}</span><div className="text-xs text-slate-500" dir="ltr">{size(v.size)} · sha256 {v.sha256.slice(0, 12)}…</div></Td>
                <Td>{v.uploadedByName ?? "—"}</Td>
                <Td>{formatDateTime(v.createdAt, uiLocale)}</Td>
                <Td><a className="text-brand-600 underline" href={fileUrl(v.version, true)}>{t("assets:download")}</a></Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {asset.can.edit ? <div className="mt-3"><NewVersionForm assetId={asset.id} /></div> : null}
      </section>

      <AlternatesSection asset={asset} marketOptions={marketOptions} t={t} />
    </>
  );
}
