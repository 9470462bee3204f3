import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ForestPlot, type ForestRow } from "@/components/charts/forest-plot";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { getCampaignResults } from "@/lib/results/get-campaign-results";
import { explainLift, formatAbsolute, formatP } from "@/app/(app)/variants/[id]/results/lift-text";

export const metadata: Metadata = { title: "Campaign results" };

export default async function CampaignResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { t, uiLocale } = await getT();
  const data = await getCampaignResults(actor, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const interval = (kind: "rate" | "mean", e: number, lo: number, hi: number) =>
    `${formatAbsolute(t, e, kind, uiLocale)} [${formatAbsolute(t, lo, kind, uiLocale)}; ${formatAbsolute(t, hi, kind, uiLocale)}]`;
  return (
    <>
      <PageHeader
        title={t("results:campaign.title", { campaign: data.campaign.name })}
        description={t("results:campaign.description")}
        actions={<Link href={`/campaigns/${data.campaign.id}`} className={buttonClass("secondary")}>{t("results:campaign.openCampaign")}</Link>}
      />
      {data.metrics.length === 0 ? (
        <EmptyState title={t("results:campaign.emptyTitle")} description={t("results:campaign.emptyDescription")} />
      ) : (
        <div className="space-y-8">
          {data.metrics.map((metric) => {
            const rows: ForestRow[] = metric.markets.flatMap((m) => {
              const abs = m.result.lift.absolute;
              return abs?.ci ? [{ label: `${m.marketCode} ${m.locale}`, estimate: abs.estimate, lower: abs.ci.lower, upper: abs.ci.upper, text: interval(metric.kind, abs.estimate, abs.ci.lower, abs.ci.upper) }] : [];
            });
            const p = metric.pooled;
            const pooledRow: ForestRow | null = p ? { label: t("results:campaign.pooled"), estimate: p.estimate, lower: p.ci.lower, upper: p.ci.upper, text: interval(metric.kind, p.estimate, p.ci.lower, p.ci.upper) } : null;
            const headingId = `metric-${metric.metric.replace(/\W+/g, "-")}-${metric.kind}`;
            return (
              <section key={headingId} aria-labelledby={headingId}>
                <h2 id={headingId} className="mb-2 text-lg font-semibold">{metric.metric} <span className="text-sm font-normal text-slate-500">· {t(`results:kind.${metric.kind}`)}</span></h2>
                {rows.length > 0 ? (
                  <Card className="mb-3">
                    <ForestPlot
                      rows={rows}
                      pooled={pooledRow}
                      title={t("results:campaign.forestTitle", { metric: metric.metric })}
                      description={t("results:campaign.forestDescription", { count: rows.length })}
                      zeroLabel={t("results:campaign.zero")}
                    />
                  </Card>
                ) : null}
                {p ? (
                  <p className="mb-3 text-sm" aria-live="polite">
                    {t("results:campaign.pooledText", { count: p.marketsPooled, value: interval(metric.kind, p.estimate, p.ci.lower, p.ci.upper), p: formatP(p.pValue, uiLocale) })}{" "}
                    {p.heterogeneous ? (
                      <Badge tone="warning">{t("results:campaign.disagree", { i2: formatPercent(p.iSquared, uiLocale, 0), q: formatP(p.qPValue, uiLocale) })}</Badge>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">{t("results:campaign.agree", { i2: formatPercent(p.iSquared, uiLocale, 0) })}</span>
                    )}
                  </p>
                ) : (
                  <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("results:campaign.noPool")}</p>
                )}
                <Table caption={t("results:campaign.tableCaption", { metric: metric.metric })}>
                  <thead>
                    <tr>
                      <Th>{t("results:campaign.market")}</Th>
                      <Th>{t("results:fields.absolute")}</Th>
                      <Th>{t("results:fields.pValue")}</Th>
                      <Th>{t("results:campaign.reading")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                    {metric.markets.map((m) => (
                      <tr key={m.variantId}>
                        <Td><Link href={`/variants/${m.variantId}/results`} className="text-brand-600 hover:underline">{m.marketCode}</Link> <span lang={m.locale} className="text-slate-500">{m.locale}</span></Td>
                        <Td className="tabular-nums">{m.result.lift.absolute?.ci ? interval(metric.kind, m.result.lift.absolute.estimate, m.result.lift.absolute.ci.lower, m.result.lift.absolute.ci.upper) : "—"}</Td>
                        <Td className="tabular-nums">{formatP(m.result.lift.pValue, uiLocale)}</Td>
                        <Td className="text-sm">{explainLift(t, m.result, uiLocale)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
