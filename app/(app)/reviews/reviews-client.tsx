"use client";
// The review queue table with selection and bulk approval of clean variants (per-variant results).
import Link from "next/link";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerAction } from "@/components/form/use-server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import { bulkApproveVariantsAction } from "@/lib/variants/variants.actions";

export interface QueueItem {
  id: string;
  campaign: { id: string; name: string };
  market: { code: string; name: string };
  locale: string;
  state: string;
  dueDate: string | null;
  overdue: boolean;
  errorCount: number;
  warningCount: number;
  checklistComplete: boolean;
  overrideReason: string | null;
  clean: boolean;
  ownSubmission: boolean;
}

type Result = { variantId: string; ok: boolean; code?: string; state?: string };

export function ReviewQueueClient({ items, uiLocale, canApprove }: { items: QueueItem[]; uiLocale: string; canApprove: boolean }) {
  const { t } = useTranslation("variants");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Result[] | null>(null);
  const { pending, run } = useServerAction();
  const selectable = items.filter((i) => i.clean && !i.ownSubmission);

  function toggle(id: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <>
      {canApprove ? (
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => setSelected(new Set(selectable.map((i) => i.id)))} disabled={selectable.length === 0}>
            {t("reviews.selectClean", { n: selectable.length })}
          </Button>
          <Button
            disabled={pending || selected.size === 0}
            onClick={() =>
              run(
                async () => {
                  const r = await bulkApproveVariantsAction({ variantIds: [...selected] });
                  setResults(r.ok ? r.data : [{ variantId: "-", ok: false, code: r.error.code }]);
                  setSelected(new Set());
                  return r;
                },
                { refresh: "always" },
              )
            }
          >
            {t("reviews.bulkApprove", { n: selected.size })}
          </Button>
        </div>
      ) : null}
      {results ? (
        <div role="status" aria-live="polite" className="mb-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
          <p className="font-medium">{t("reviews.results", { ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length })}</p>
          <ul className="mt-1 list-disc ps-5">
            {results.filter((r) => !r.ok).map((r) => {
              const item = items.find((i) => i.id === r.variantId);
              return <li key={r.variantId}>{item ? `${item.campaign.name} · ${item.market.code}` : r.variantId}: {t(`errors.${r.code}`, { defaultValue: t(`errors:${r.code}`, { defaultValue: r.code }) })}</li>;
            })}
          </ul>
        </div>
      ) : null}
      <Table caption={t("reviews.title")}>
        <thead>
          <tr>
            {canApprove ? <Th><span className="sr-only">{t("reviews.select")}</span></Th> : null}
            <Th>{t("reviews.campaign")}</Th>
            <Th>{t("reviews.market")}</Th>
            <Th>{t("reviews.state")}</Th>
            <Th>{t("reviews.due")}</Th>
            <Th>{t("reviews.findings")}</Th>
            <Th>{t("checklist.title")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((i) => (
            <tr key={i.id} className={i.overdue ? "bg-red-50 dark:bg-red-950/30" : undefined}>
              {canApprove ? (
                <Td>
                  <input
                    type="checkbox"
                    aria-label={t("reviews.selectOne", { name: `${i.campaign.name} ${i.market.code}` })}
                    checked={selected.has(i.id)}
                    disabled={!i.clean || i.ownSubmission}
                    onChange={() => toggle(i.id)}
                  />
                </Td>
              ) : null}
              <Td><Link href={`/variants/${i.id}`} className="font-medium text-brand-700 underline dark:text-brand-100">{i.campaign.name}</Link></Td>
              <Td>{i.market.name} <span className="text-xs text-slate-500" dir="ltr">{i.locale}</span></Td>
              <Td><Badge tone="info">{t(`states.${i.state}`)}</Badge></Td>
              <Td>
                {formatDate(i.dueDate, uiLocale)} {i.overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
              </Td>
              <Td>
                {i.errorCount ? <Badge tone="danger">{t("findings.errors", { n: i.errorCount })}</Badge> : null}{" "}
                {i.warningCount ? <Badge tone="warning">{t("findings.warnings", { n: i.warningCount })}</Badge> : null}
                {i.overrideReason ? <p className="text-xs text-amber-700 dark:text-amber-300">{t("workflow.overrideReason")}: {i.overrideReason}</p> : null}
              </Td>
              <Td>{i.checklistComplete ? <Badge tone="success">{t("checklist.complete")}</Badge> : <Badge>{t("checklist.incomplete")}</Badge>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
