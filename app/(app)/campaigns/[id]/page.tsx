import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getCampaign, getVariantTexts } from "@/lib/campaigns/get-campaign";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { PublishButton } from "../publish-button";
import { CampaignExportMenu } from "@/components/exchange/campaign-export-menu";
import { TouchpointsSection } from "./touchpoints-section";
import { VariantsSection } from "./variants-section";

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

      <VariantsSection campaign={campaign} t={t} uiLocale={uiLocale} />

      <TouchpointsSection campaign={campaign} texts={texts} preview={preview} t={t} />
    </>
  );
}
