import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApprovalsChart } from "@/components/charts/approvals-chart";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { VARIANT_STATE_TONE } from "@/components/variants/variant-state-tone";
import { requireActor } from "@/lib/auth";
import { EXPERIENCE_GAP_WEIGHTS, ERRORS_PER_CAMPAIGN_CAP, SLOW_DAYS_CAP, WARNINGS_PER_CAMPAIGN_CAP } from "@/lib/dashboard/experience-gap";
import { loadCoverage, type CoverageCell } from "@/lib/dashboard/load-coverage";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { canViewDashboard } from "@/lib/permissions/results";

export const metadata: Metadata = { title: "Dashboard" };

// As on the campaign page, except that outdated shows as a warning.
const STATE_TONE: Record<string, Tone> = { ...VARIANT_STATE_TONE, outdated: "warning" };

function scoreTone(score: number | null): Tone {
  if (score === null) return "neutral";
  return score >= 50 ? "danger" : score >= 25 ? "warning" : "success";
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!canViewDashboard(actor)) notFound();
  const { t, uiLocale } = await getT();
  const params = await searchParams;
  const data = await loadCoverage(actor, params);
  const f = data.filters;
  const cellsBy = new Map<string, CoverageCell[]>();
  for (const cell of data.cells) {
    const key = `${cell.marketId}|${cell.campaignId}`;
    cellsBy.set(key, [...(cellsBy.get(key) ?? []), cell]);
  }
  const pageHref = (page: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(page) }).filter((e): e is [string, string] => !!e[1]));
    return `/dashboard?${q.toString()}`;
  };
  const days = (n: number | null) => (n === null ? "—" : formatNumber(n, uiLocale, { maximumFractionDigits: 1 }));
  const timeToApproval = data.ranking
    .filter((r) => r.medianDaysToApproval !== null)
    .map((r) => ({ label: r.code, value: r.medianDaysToApproval!, valueLabel: days(r.medianDaysToApproval) }));
  const totalApproved = data.approvalsOverTime.at(-1)?.cumulative ?? 0;
  const worst = data.ranking.find((r) => r.score !== null);

  return (
    <>
      <PageHeader title={t("dashboard:title")} description={t("dashboard:description")} />

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

      {data.markets.length === 0 || data.campaignTotal === 0 ? (
        <EmptyState title={t("dashboard:empty.title")} description={t("dashboard:empty.description")} />
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="gap-heading">
            <h2 id="gap-heading" className="mb-1 text-lg font-semibold">{t("dashboard:gap.title")}</h2>
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              {worst ? t("dashboard:gap.summary", { market: worst.name, score: worst.score }) : t("dashboard:gap.noScores")}
            </p>
            <Table caption={t("dashboard:gap.title")}>
              <thead>
                <tr>
                  <Th>{t("dashboard:gap.rank")}</Th>
                  <Th>{t("dashboard:gap.market")}</Th>
                  <Th>{t("dashboard:gap.score")}</Th>
                  <Th>{t("dashboard:gap.onTime")}</Th>
                  <Th>{t("dashboard:gap.medianDays")}</Th>
                  <Th>{t("dashboard:gap.findings")}</Th>
                  <Th>{t("dashboard:gap.overdue")}</Th>
                  <Th>{t("dashboard:gap.campaigns")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {data.ranking.map((r) => (
                  <tr key={r.marketId} data-testid={`gap-${r.code}`}>
                    <Td className="tabular-nums">{r.rank ?? "—"}</Td>
                    <Td><span className="font-medium">{r.code}</span> <span className="text-slate-500">{r.name}</span></Td>
                    <Td><Badge tone={scoreTone(r.score)}>{r.score ?? t("dashboard:gap.noScore")}</Badge></Td>
                    <Td className="tabular-nums">{r.onTimeShare === null ? "—" : `${formatPercent(r.onTimeShare, uiLocale, 0)} (${r.approvedOnTime}/${r.campaigns})`}</Td>
                    <Td className="tabular-nums">{days(r.medianDaysToApproval)}</Td>
                    <Td className="tabular-nums">{t("dashboard:gap.findingsValue", { errors: r.openErrors, warnings: r.openWarnings })}</Td>
                    <Td className="tabular-nums">{r.overdue > 0 ? <Badge tone="danger">{r.overdue}</Badge> : 0}</Td>
                    <Td className="tabular-nums">{r.campaigns}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand-600">{t("dashboard:formula.title")}</summary>
              <div className="mt-2 space-y-1 text-slate-700 dark:text-slate-300">
                <p>{t("dashboard:formula.intro")}</p>
                <ul className="list-disc ps-6">
                  <li>{t("dashboard:formula.late", { weight: EXPERIENCE_GAP_WEIGHTS.late })}</li>
                  <li>{t("dashboard:formula.slow", { weight: EXPERIENCE_GAP_WEIGHTS.slow, cap: SLOW_DAYS_CAP })}</li>
                  <li>{t("dashboard:formula.errors", { weight: EXPERIENCE_GAP_WEIGHTS.errors, cap: ERRORS_PER_CAMPAIGN_CAP })}</li>
                  <li>{t("dashboard:formula.warnings", { weight: EXPERIENCE_GAP_WEIGHTS.warnings, cap: WARNINGS_PER_CAMPAIGN_CAP })}</li>
                  <li>{t("dashboard:formula.overdue", { weight: EXPERIENCE_GAP_WEIGHTS.overdue })}</li>
                </ul>
                <p>{t("dashboard:formula.score")}</p>
                <p>{t("dashboard:formula.days")}</p>
              </div>
            </details>
          </section>

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

          <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading" className="mb-1 text-lg font-semibold">{t("dashboard:matrix.title")}</h2>
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              {t("dashboard:matrix.summary", { shown: data.campaigns.length, total: data.campaignTotal, page: f.page, pages: data.pageCount })}
            </p>
            <Table caption={t("dashboard:matrix.title")}>
              <thead>
                <tr>
                  <Th className="sticky start-0 bg-white dark:bg-slate-900">{t("dashboard:gap.market")}</Th>
                  {data.campaigns.map((c) => (
                    <Th key={c.id} className="min-w-44 normal-case">
                      <Link href={`/campaigns/${c.id}`} className="text-brand-600 hover:underline">{c.name}</Link>
                      <div className="font-normal text-slate-500">
                        {t(`campaigns:status.${c.status}`)} · {t("dashboard:matrix.due", { date: formatDate(c.dueDate, uiLocale) })}
                      </div>
                    </Th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {data.markets.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className="sticky start-0 bg-white px-3 py-2 text-start align-top font-medium dark:bg-slate-900">
                      {m.code} <span className="block text-xs font-normal text-slate-500">{m.name}</span>
                    </th>
                    {data.campaigns.map((c) => {
                      const cells = cellsBy.get(`${m.id}|${c.id}`) ?? [];
                      return (
                        <Td key={c.id} className={cells.some((x) => x.overdue) ? "bg-red-50 dark:bg-red-950/40" : ""}>
                          {cells.length === 0 ? (
                            <span className="text-slate-400" title={t("dashboard:matrix.notTargeted")}>—<span className="sr-only">{t("dashboard:matrix.notTargeted")}</span></span>
                          ) : (
                            cells.map((cell) => (
                              <Link key={cell.variantId} href={`/variants/${cell.variantId}`} className="block space-y-0.5 rounded p-1 text-xs hover:bg-slate-50 dark:hover:bg-slate-800" aria-label={t("dashboard:matrix.open", { market: m.code, campaign: c.name, locale: cell.locale })}>
                                <span className="flex flex-wrap items-center gap-1">
                                  <Badge tone={STATE_TONE[cell.state] ?? "neutral"}>{t(`campaigns:state.${cell.state}`)}</Badge>
                                  {cells.length > 1 ? <span lang={cell.locale} className="text-slate-500">{cell.locale}</span> : null}
                                </span>
                                <span className={`block ${cell.overdue ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}>
                                  {cell.overdue ? t("dashboard:matrix.overdue", { date: formatDate(cell.dueDate, uiLocale) }) : t("dashboard:matrix.due", { date: formatDate(cell.dueDate, uiLocale) })}
                                </span>
                                <span className="block tabular-nums">{t("dashboard:matrix.blocks", { done: cell.blocksDone, total: cell.blocksTotal })}</span>
                                {cell.errorCount + cell.warningCount > 0 ? (
                                  <span className="block text-amber-700 dark:text-amber-300">{t("dashboard:gap.findingsValue", { errors: cell.errorCount, warnings: cell.warningCount })}</span>
                                ) : null}
                                {cell.outdatedBlocks > 0 ? <span className="block text-amber-700 dark:text-amber-300">{t("dashboard:matrix.outdated", { count: cell.outdatedBlocks })}</span> : null}
                                {cell.assetIssues > 0 ? <span className="block text-red-700 dark:text-red-300">{t("dashboard:matrix.assetIssues", { count: cell.assetIssues })}</span> : null}
                              </Link>
                            ))
                          )}
                        </Td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </Table>
            {data.pageCount > 1 ? (
              <nav aria-label={t("dashboard:matrix.pages")} className="mt-3 flex items-center gap-3 text-sm">
                {f.page > 1 ? <Link className={buttonClass("secondary")} href={pageHref(f.page - 1)}>{t("dashboard:matrix.previous")}</Link> : null}
                <span>{t("dashboard:matrix.pageOf", { page: f.page, pages: data.pageCount })}</span>
                {f.page < data.pageCount ? <Link className={buttonClass("secondary")} href={pageHref(f.page + 1)}>{t("dashboard:matrix.next")}</Link> : null}
              </nav>
            ) : null}
          </section>
        </div>
      )}
    </>
  );
}
