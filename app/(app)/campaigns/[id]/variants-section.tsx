// The campaign's variants: state, assignee, due date and progress per market, with links to the editor and preview.
import type { TFunction } from "i18next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { VARIANT_STATE_TONE } from "@/components/variants/variant-state-tone";
import type { getCampaign } from "@/lib/campaigns/get-campaign";
import { formatDate, formatPercent } from "@/lib/i18n/format";

export function VariantsSection({ campaign, t, uiLocale }: { campaign: Awaited<ReturnType<typeof getCampaign>>; t: TFunction; uiLocale: string }) {
  const id = campaign.id;
  return (
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
  );
}
