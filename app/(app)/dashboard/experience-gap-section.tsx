// The experience-gap ranking of markets, with the formula behind the score.
import type { TFunction } from "i18next";
import { Badge, type Tone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { EXPERIENCE_GAP_WEIGHTS, ERRORS_PER_CAMPAIGN_CAP, SLOW_DAYS_CAP, WARNINGS_PER_CAMPAIGN_CAP } from "@/lib/dashboard/experience-gap";
import type { loadCoverage } from "@/lib/dashboard/load-coverage";
import { formatPercent } from "@/lib/i18n/format";

function scoreTone(score: number | null): Tone {
  if (score === null) return "neutral";
  return score >= 50 ? "danger" : score >= 25 ? "warning" : "success";
}

export function ExperienceGapSection({
  ranking,
  days,
  t,
  uiLocale,
}: {
  ranking: Awaited<ReturnType<typeof loadCoverage>>["ranking"];
  days: (n: number | null) => string;
  t: TFunction;
  uiLocale: string;
}) {
  const worst = ranking.find((r) => r.score !== null);
  return (
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
          {ranking.map((r) => (
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
  );
}
