import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApprovalsChart } from "@/components/charts/approvals-chart";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { loadCoverage } from "@/lib/dashboard/load-coverage";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { canViewDashboard } from "@/lib/permissions/results";
import { CoverageMatrixSection } from "./coverage-matrix-section";
import { DashboardFilters } from "./dashboard-filters";
import { ExperienceGapSection } from "./experience-gap-section";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!canViewDashboard(actor)) notFound();
  const { t, uiLocale } = await getT();
  const params = await searchParams;
  const data = await loadCoverage(actor, params);
  const days = (n: number | null) => (n === null ? "—" : formatNumber(n, uiLocale, { maximumFractionDigits: 1 }));
  const timeToApproval = data.ranking
    .filter((r) => r.medianDaysToApproval !== null)
    .map((r) => ({ label: r.code, value: r.medianDaysToApproval!, valueLabel: days(r.medianDaysToApproval) }));
  const totalApproved = data.approvalsOverTime.at(-1)?.cumulative ?? 0;

  return (
    <>
      <PageHeader title={t("dashboard:title")} description={t("dashboard:description")} />

      <DashboardFilters data={data} t={t} />

      {data.markets.length === 0 || data.campaignTotal === 0 ? (
        <EmptyState title={t("dashboard:empty.title")} description={t("dashboard:empty.description")} />
      ) : (
        <div className="space-y-8">
          <ExperienceGapSection ranking={data.ranking} days={days} t={t} uiLocale={uiLocale} />

          <div className="grid gap-4 lg:grid-cols-2">
            <Card>
              <ApprovalsChart
                data={data.approvalsOverTime.map((p) => ({ ...p, weekLabel: formatDate(p.week, uiLocale, "UTC") }))}
                labels={{
                  title: t("dashboard:charts.approvals.title"),
                  summary: t("dashboard:charts.approvals.summary", { count: totalApproved, weeks: data.approvalsOverTime.length }),
                  week: t("dashboard:charts.approvals.week"),
                  approved: t("dashboard:charts.approvals.approved"),
                  cumulative: t("dashboard:charts.approvals.cumulative"),
                  showTable: t("dashboard:charts.showTable"),
                }}
              />
            </Card>
            <Card>
              <BarChartCard
                data={timeToApproval}
                labels={{
                  title: t("dashboard:charts.timeToApproval.title"),
                  summary: t("dashboard:charts.timeToApproval.summary", { count: timeToApproval.length }),
                  category: t("dashboard:gap.market"),
                  value: t("dashboard:gap.medianDays"),
                  showTable: t("dashboard:charts.showTable"),
                }}
              />
            </Card>
          </div>

          <CoverageMatrixSection data={data} params={params} t={t} uiLocale={uiLocale} />
        </div>
      )}
    </>
  );
}
