import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { directionOf } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { canDecideProposal, mayProposeTerms } from "@/lib/permissions/termbase";
import { findProposals } from "@/lib/termbase/find-proposals";
import { ownLocales } from "@/lib/termbase/own-locales";
import { ProposeTermForm } from "../concept-forms";
import { TermStatusBadge } from "../term-badges";
import { DecideProposalForm } from "./proposals-client";

export const metadata: Metadata = { title: "Term proposals" };

export default async function ProposalsPage() {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const [pending, decided, own] = await Promise.all([
    findProposals(actor, { state: "pending" }),
    findProposals(actor, { take: 50 }).then((all) => all.filter((p) => p.state !== "pending")),
    ownLocales(actor),
  ]);
  const canDecide = canDecideProposal(actor);
  return (
    <div className="space-y-8">
      <Link href="/termbase" className="text-sm text-brand-600 hover:underline dark:text-brand-400">← {t("termbase:concept.back")}</Link>
      <PageHeader title={t("termbase:queue.title")} description={t("termbase:queue.description")} />
      {mayProposeTerms(actor) && own.length > 0 ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("termbase:propose.title")}</h2>
          <ProposeTermForm locales={[...new Set(own.map((o) => o.locale))]} />
        </Card>
      ) : null}
      <section aria-labelledby="pending-title">
        <h2 id="pending-title" className="mb-3 text-lg font-semibold">{t("termbase:queue.pending")}</h2>
        {pending.length === 0 ? (
          <EmptyState title={t("termbase:queue.empty")} />
        ) : (
          <ul className="space-y-3">
            {pending.map((p) => (
              <li key={p.id} data-testid={`proposal-${p.id}`} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs" dir="ltr">{p.locale}</span>
                  <span lang={p.locale} dir={directionOf(p.locale)} className="text-base font-medium">{p.text}</span>
                  <TermStatusBadge status={p.status} label={t(`termbase:status.${p.status}`)} />
                  {p.doNotTranslate ? <Badge>{t("termbase:dnt")}</Badge> : null}
                  {p.marketCode ? <Badge tone="info">{p.marketCode}</Badge> : null}
                </div>
                <p className="mt-1 text-xs text-slate-500">
                  {t("termbase:queue.proposedBy", { name: p.proposedBy?.name ?? "—" })} · {formatDateTime(p.createdAt, uiLocale)}
                </p>
                <p className="mt-1 text-sm">
                  {p.concept ? (
                    <Link href={`/termbase/${p.concept.id}`} className="text-brand-600 hover:underline dark:text-brand-400">
                      {p.concept.terms.map((x) => x.text).slice(0, 3).join(" · ") || p.concept.subject || t("termbase:concept.untitled")}
                    </Link>
                  ) : (
                    <Badge>{t("termbase:queue.newConcept")}</Badge>
                  )}
                </p>
                {p.note ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" dir="auto">{p.note}</p> : null}
                {canDecide ? <DecideProposalForm id={p.id} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decided-title">
        <h2 id="decided-title" className="mb-3 text-lg font-semibold">{t("termbase:queue.decided")}</h2>
        {decided.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("termbase:queue.emptyDecided")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {decided.map((p) => (
              <li key={p.id} className="p-3 text-sm">
                <span className="font-mono text-xs" dir="ltr">{p.locale}</span>{" "}
                <span lang={p.locale} dir={directionOf(p.locale)} className="font-medium">{p.text}</span>{" "}
                <Badge tone={p.state === "accepted" ? "success" : "danger"}>{t(`termbase:queue.state.${p.state}`)}</Badge>
                <span className="ms-2 text-xs text-slate-500">
                  {t("termbase:queue.decidedBy", { state: t(`termbase:queue.state.${p.state}`), name: p.decidedBy?.name ?? "—" })} · {formatDateTime(p.decidedAt, uiLocale)}
                </span>
                {p.reason ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" dir="auto">{t("termbase:queue.reason")}: {p.reason}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
