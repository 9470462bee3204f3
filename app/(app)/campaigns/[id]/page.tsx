import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TouchpointPreview } from "@/components/preview/touchpoint-preview";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { VARIANT_STATE_TONE } from "@/components/variants/variant-state-tone";
import { requireActor } from "@/lib/auth";
import { getCampaign, getVariantTexts } from "@/lib/campaigns/get-campaign";
import { AppError } from "@/lib/errors";
import { directionOf } from "@/lib/i18n/config";
import { formatDate, formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { PublishButton } from "../publish-button";
import { CampaignExportMenu } from "@/components/exchange/campaign-export-menu";

export const metadata: Metadata = { title: "Campaign" };

async function load(actor: Awaited<ReturnType<typeof requireActor>>, id: string) {
  try {
    return await getCampaign(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ preview?: string }>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  const { preview } = await searchParams;
  const { t, uiLocale } = await getT();
  const campaign = await load(actor, id);
  const texts = preview ? await getVariantTexts(actor, id, preview) : null;
  const previewLocale = texts?.locale ?? campaign.sourceLocale;
  const activeMarkets = campaign.markets.filter((m) => !m.removedAt);
  return (
    <>
      <PageHeader
        title={campaign.name}
        description={<Badge tone={campaign.status === "published" ? "success" : "neutral"}>{t(`campaigns:status.${campaign.status}`)}</Badge>}
        actions={
          <>
            {campaign.canEdit ? <Link href={`/campaigns/${id}/edit`} className={buttonClass("secondary")}>{t("campaigns:overview.edit")}</Link> : null}
            <CampaignExportMenu campaignId={id} />
            {campaign.canPublish ? <PublishButton campaignId={id} markets={activeMarkets.map((m) => ({ code: m.market.code, name: m.market.name }))} /> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">{t("campaigns:brief.title")}</h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div className="sm:col-span-2">
              <dt className="font-medium text-slate-500">{t("campaigns:brief.objective")}</dt>
              <dd>{campaign.objective || <span className="text-amber-700 dark:text-amber-400">{t("campaigns:brief.noObjective")}</span>}</dd>
            </div>
            <div><dt className="font-medium text-slate-500">{t("campaigns:overview.kpi")}</dt><dd>{campaign.kpi || "—"}</dd></div>
            <div><dt className="font-medium text-slate-500">{t("campaigns:brief.funnelStage")}</dt><dd>{t(`campaigns:funnel.${campaign.funnelStage}`, { defaultValue: campaign.funnelStage })}</dd></div>
            <div><dt className="font-medium text-slate-500">{t("campaigns:overview.dates")}</dt><dd>{formatDate(campaign.startDate, uiLocale)} – {formatDate(campaign.endDate, uiLocale)}</dd></div>
            <div><dt className="font-medium text-slate-500">{t("campaigns:brief.dueDate")}</dt><dd>{formatDate(campaign.dueDate, uiLocale)}</dd></div>
            <div><dt className="font-medium text-slate-500">{t("campaigns:overview.owner")}</dt><dd>{campaign.owner?.name ?? "—"}</dd></div>
            <div>
              <dt className="font-medium text-slate-500">{t("campaigns:brief.markets")}</dt>
              <dd>{campaign.markets.map((m) => (m.removedAt ? `${m.market.code} (${t("campaigns:overview.removed")})` : m.market.code)).join(", ") || "—"}</dd>
            </div>
            <div><dt className="font-medium text-slate-500">{t("campaigns:brief.channels")}</dt><dd>{campaign.channels.map((c) => t(`campaigns:channels.${c}`)).join(", ") || "—"}</dd></div>
          </dl>
          {campaign.briefNotes ? <p className="mt-3 whitespace-pre-line text-sm">{campaign.briefNotes}</p> : null}
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("campaigns:brief.segments")}</h2>
          {campaign.segments.length === 0 ? <p className="text-sm text-slate-500">—</p> : null}
          <ul className="space-y-3 text-sm">
            {campaign.segments.map((s, i) => (
              <li key={i}>
                <p className="font-medium">{s.name}</p>
                {s.who ? <p><span className="text-slate-500">{t("campaigns:overview.segmentWho")}: </span>{s.who}</p> : null}
                {s.needs ? <p><span className="text-slate-500">{t("campaigns:overview.segmentNeeds")}: </span>{s.needs}</p> : null}
                {s.shift ? <p><span className="text-slate-500">{t("campaigns:overview.segmentShift")}: </span>{s.shift}</p> : null}
              </li>
            ))}
          </ul>
        </Card>
      </div>

      <section className="mt-8" aria-labelledby="variants-h">
        <h2 id="variants-h" className="mb-3 text-lg font-semibold">{t("campaigns:overview.variants")}</h2>
        {campaign.variants.length === 0 ? (
          <EmptyState title={t("campaigns:overview.noVariants")} />
        ) : (
          <Table caption={t("campaigns:overview.variants")}>
            <thead>
              <tr>
                <Th>{t("campaigns:overview.market")}</Th>
                <Th>{t("campaigns:overview.locale")}</Th>
                <Th>{t("campaigns:overview.state")}</Th>
                <Th>{t("campaigns:overview.assignee")}</Th>
                <Th>{t("campaigns:overview.due")}</Th>
                <Th>{t("campaigns:overview.progress")}</Th>
                <Th><span className="sr-only">{t("actions")}</span></Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {campaign.variants.map((v) => {
                const ratio = v.blocksTotal ? v.blocksDone / v.blocksTotal : 0;
                return (
                  <tr key={v.id}>
                    <Td><span className="font-medium">{v.market.code}</span> <span className="text-xs text-slate-500">{v.market.name}</span></Td>
                    <Td className="text-xs" dir="ltr">{v.locale}</Td>
                    <Td><Badge tone={VARIANT_STATE_TONE[v.state]}>{t(`campaigns:state.${v.state}`)}</Badge></Td>
                    <Td className="text-xs">{v.assignee?.name ?? t("campaigns:overview.unassigned")}</Td>
                    <Td className="whitespace-nowrap text-xs">{formatDate(v.dueDate, uiLocale)}</Td>
                    <Td className="min-w-40">
                      <div
                        role="progressbar"
                        aria-valuemin={0}
                        aria-valuemax={v.blocksTotal}
                        aria-valuenow={v.blocksDone}
                        aria-label={t("campaigns:overview.progressLabel", { done: v.blocksDone, total: v.blocksTotal })}
                        className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                      >
                        <div className="h-full rounded-full bg-emerald-500" style={{ width: `${Math.round(ratio * 100)}%` }} />
                      </div>
                      <p className="mt-1 text-xs text-slate-500">
                        {t("campaigns:overview.progressLabel", { done: v.blocksDone, total: v.blocksTotal })} · {formatPercent(ratio, uiLocale, 0)}
                        {v.blocksOutdated ? <> · <span className="text-red-600 dark:text-red-400">{t("campaigns:overview.outdatedBlocks", { count: v.blocksOutdated })}</span></> : null}
                      </p>
                    </Td>
                    <Td className="whitespace-nowrap text-xs">
                      <Link href={`/variants/${v.id}`} className="text-brand-700 hover:underline dark:text-brand-100">{t("campaigns:overview.open")}</Link>
                      {" · "}
                      <Link href={`/campaigns/${id}?preview=${v.id}#preview`} className="text-brand-700 hover:underline dark:text-brand-100">{t("campaigns:overview.preview")}</Link>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>

      <section className="mt-8" aria-labelledby="tp-h" id="preview">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="tp-h" className="text-lg font-semibold">{t("campaigns:overview.touchpoints")}</h2>
          {campaign.variants.length > 0 ? (
            <form className="flex items-center gap-2 text-sm" action={`/campaigns/${id}#preview`}>
              <label htmlFor="preview-locale">{t("campaigns:overview.previewIn")}</label>
              <select id="preview-locale" name="preview" defaultValue={preview ?? ""} className="rounded-md border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900">
                <option value="">{t("campaigns:overview.source")} ({campaign.sourceLocale})</option>
                {campaign.variants.map((v) => <option key={v.id} value={v.id}>{v.market.code} · {v.locale}</option>)}
              </select>
              <button type="submit" className={buttonClass("secondary")}>{t("campaigns:list.apply")}</button>
            </form>
          ) : null}
        </div>
        {campaign.touchpoints.length === 0 ? <EmptyState title={t("campaigns:overview.noTouchpoints")} /> : null}
        <div className="grid gap-6 lg:grid-cols-2">
          {campaign.touchpoints.map((tp) => (
            <Card key={tp.id}>
              <h3 className="mb-1 font-semibold">{tp.name}</h3>
              <p className="mb-3 text-xs text-slate-500">{t(`campaigns:channels.${tp.channel}`)} · {t("campaigns:overview.blocks", { count: tp.blocks.length })}</p>
              <TouchpointPreview
                channel={tp.channel}
                name={tp.name}
                locale={previewLocale}
                blocks={tp.blocks.map((b) => {
                  const target = texts?.blocks.get(b.id);
                  return { key: b.key, type: b.type, text: target ? target.targetText || b.sourceText : b.sourceText, omitted: target?.omitted ?? false };
                })}
              />
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{t("campaigns:overview.blocks", { count: tp.blocks.length })}</summary>
                <ol className="mt-2 space-y-2">
                  {tp.blocks.map((b) => (
                    <li key={b.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
                      <div className="flex flex-wrap gap-2 text-xs">
                        <code dir="ltr">{b.key}</code>
                        <Badge>{t(`campaigns:blockTypes.${b.type}`)}</Badge>
                        <Badge tone={b.policy === "locked" ? "warning" : "info"}>{t(`campaigns:policies.${b.policy}`)}</Badge>
                      </div>
                      <p lang={campaign.sourceLocale} dir={directionOf(campaign.sourceLocale)} className="mt-1 whitespace-pre-line">{b.sourceText}</p>
                      {b.notes ? <p className="mt-1 text-xs text-slate-500">{b.notes}</p> : null}
                    </li>
                  ))}
                </ol>
              </details>
            </Card>
          ))}
        </div>
      </section>
    </>
  );
}
