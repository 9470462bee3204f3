// The coverage matrix: markets down, campaigns across, one cell per variant (state, due, blocks, findings), paged.
import type { TFunction } from "i18next";
import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { VARIANT_STATE_TONE } from "@/components/variants/variant-state-tone";
import type { CoverageCell, loadCoverage } from "@/lib/dashboard/load-coverage";
import { formatDate } from "@/lib/i18n/format";

// As on the campaign page, except that outdated shows as a warning.
const STATE_TONE: Record<string, Tone> = { ...VARIANT_STATE_TONE, outdated: "warning" };

export function CoverageMatrixSection({
  data,
  params,
  t,
  uiLocale,
}: {
  data: Awaited<ReturnType<typeof loadCoverage>>;
  params: Record<string, string | undefined>;
  t: TFunction;
  uiLocale: string;
}) {
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
  return (
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
  );
}
