import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { findBlockAssets, findReusableBlocks } from "@/lib/campaigns/find-block-sources";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { BriefForm } from "../../brief-form";
import { PublishButton } from "../../publish-button";
import { TouchpointsEditor } from "./touchpoints-editor";

export const metadata: Metadata = { title: "Edit campaign" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { t } = await getT();
  let campaign;
  try {
    campaign = await getCampaign(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  if (!campaign.canEdit) notFound();
  const [markets, assets, reusable] = await Promise.all([findMarkets(actor), findBlockAssets(actor), findReusableBlocks(actor, { excludeCampaignId: id })]);
  return (
    <>
      <PageHeader
        title={`${t("campaigns:editor.title")}: ${campaign.name}`}
        description={<Link href={`/campaigns/${id}`} className="text-brand-700 hover:underline dark:text-brand-100">← {t("campaigns:editor.back")}</Link>}
        actions={campaign.canPublish ? <PublishButton campaignId={id} markets={campaign.markets.filter((m) => !m.removedAt).map((m) => ({ code: m.market.code, name: m.market.name }))} /> : null}
      />
      <details className="mb-8 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" open={campaign.status === "draft"}>
        <summary className="cursor-pointer text-lg font-semibold">{t("campaigns:brief.title")}</summary>
        <div className="mt-4 max-w-3xl">
          <BriefForm
            markets={markets.map((m) => ({ code: m.code, name: m.name }))}
            initial={{
              id,
              version: campaign.version,
              name: campaign.name,
              objective: campaign.objective,
              kpi: campaign.kpi,
              segments: campaign.segments,
              funnelStage: campaign.funnelStage,
              channels: campaign.channels,
              markets: campaign.markets.filter((m) => !m.removedAt).map((m) => m.market.code),
              sourceLocale: campaign.sourceLocale,
              startDate: day(campaign.startDate),
              endDate: day(campaign.endDate),
              dueDate: day(campaign.dueDate),
              requiresBrandSignoff: campaign.requiresBrandSignoff,
              prefillTargets: campaign.prefillTargets,
              briefNotes: campaign.briefNotes,
            }}
          />
        </div>
      </details>
      <TouchpointsEditor
        campaignId={id}
        published={campaign.status === "published"}
        sourceLocale={campaign.sourceLocale}
        reusable={reusable.map((b) => ({ id: b.id, label: `${b.touchpoint.campaign.name} › ${b.touchpoint.name} › ${b.key}: ${b.sourceText.slice(0, 60)}` }))}
        assets={assets.map((a) => ({ id: a.id, title: a.title, flags: a.flags }))}
        touchpoints={campaign.touchpoints.map((tp) => ({
          id: tp.id,
          channel: tp.channel,
          name: tp.name,
          blocks: tp.blocks.map((b) => ({
            id: b.id,
            key: b.key,
            type: b.type,
            policy: b.policy,
            sourceText: b.sourceText,
            maxLength: b.maxLength,
            notes: b.notes,
            assetId: b.assetId,
            sourceVersion: b.sourceVersion,
          })),
        }))}
      />
    </>
  );
}
