// A concept's term proposals and its audit history, below the renderings.
import type { TFunction } from "i18next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { directionOf } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { getConceptHistory, getConceptProposals } from "@/lib/termbase/get-concept";
import { TermStatusBadge } from "../term-badges";
import { AuditDiff } from "./audit-diff";

export function ProposalsHistorySection({
  proposals,
  history,
  canEdit,
  t,
  uiLocale,
}: {
  proposals: Awaited<ReturnType<typeof getConceptProposals>>;
  history: Awaited<ReturnType<typeof getConceptHistory>>;
  canEdit: boolean;
  t: TFunction;
  uiLocale: string;
}) {
  return (
    <>
      <section aria-labelledby="proposals-title">
        <h2 id="proposals-title" className="mb-3 text-lg font-semibold">{t("termbase:proposals")}</h2>
        {proposals.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("termbase:queue.empty")}</p>
        ) : (
          <ul className="space-y-2">
            {proposals.map((p) => (
              <li key={p.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <span className="font-mono text-xs" dir="ltr">{p.locale}</span>{" "}
                <span lang={p.locale} dir={directionOf(p.locale)} className="font-medium">{p.text}</span>{" "}
                <TermStatusBadge status={p.status} label={t(`termbase:status.${p.status}`)} />{" "}
                <Badge tone={p.state === "pending" ? "warning" : p.state === "accepted" ? "success" : "danger"}>{t(`termbase:queue.state.${p.state}`)}</Badge>
                {p.reason ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("termbase:queue.reason")}: {p.reason}</p> : null}
                {p.state === "pending" && canEdit ? (
                  <Link href="/termbase/proposals" className="ms-2 text-xs text-brand-600 hover:underline dark:text-brand-400">{t("termbase:queue.title")}</Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-lg font-semibold">{t("termbase:history.title")}</h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("termbase:history.empty")}</p>
        ) : (
          <ol className="space-y-3" data-testid="concept-history">
            {history.map((e) => (
              <li key={e.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className="font-medium">{t(`termbase:history.actions.${e.action}`, { defaultValue: e.action })}</span>
                  <span className="text-xs text-slate-500">
                    {formatDateTime(e.createdAt, uiLocale)} · {t("termbase:history.by", { name: e.actorEmail ?? t("termbase:history.system") })}
                  </span>
                </div>
                <AuditDiff before={e.before} after={e.after} beforeLabel={t("termbase:history.before")} afterLabel={t("termbase:history.after")} fieldLabel={t("termbase:history.field")} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
