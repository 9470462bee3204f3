import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth";
import { directionOf } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { findConcepts, findTermbaseFacets } from "@/lib/termbase/find-concepts";
import { countPendingProposals } from "@/lib/termbase/find-proposals";
import { findConceptsSchema } from "@/lib/termbase/termbase.schemas";
import { TermStatusBadge } from "./term-badges";
import { TermbaseFilters } from "./termbase-filters";

export const metadata: Metadata = { title: "Termbase" };

type Search = { q?: string; locale?: string; status?: string; subject?: string; market?: string; page?: string };

const SHOWN_TERMS = 6;

export default async function TermbasePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const raw = await searchParams;
  const parsed = findConceptsSchema.safeParse({
    q: raw.q || undefined,
    locale: raw.locale || undefined,
    status: raw.status || undefined,
    subject: raw.subject || undefined,
    market: raw.market || undefined,
    page: raw.page || undefined,
  });
  const filters = parsed.success ? parsed.data : findConceptsSchema.parse({});
  const [result, facets, markets, pending] = await Promise.all([
    findConcepts(actor, filters),
    findTermbaseFacets(actor),
    findMarkets(actor),
    countPendingProposals(actor),
  ]);
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const filtered = !!(filters.q || filters.locale || filters.status || filters.subject || filters.market);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...raw, page: String(page) })) if (v) params.set(k, v);
    return `/termbase?${params.toString()}`;
  };

  return (
    <>
      <PageHeader
        title={t("termbase:title")}
        description={t("termbase:description")}
        actions={
          <>
            <Link href="/termbase/proposals" className={buttonClass("secondary")} data-testid="termbase-proposals-link">
              {t("termbase:proposals")}
              {pending > 0 ? <Badge tone="warning">{t("termbase:pendingCount", { count: pending })}</Badge> : null}
            </Link>
            <Link href="/termbase/import" className={buttonClass("secondary")}>{t("termbase:importExport")}</Link>
            {canEditTermbase(actor) ? (
              <Link href="/termbase/new" className={buttonClass("primary")} data-testid="termbase-new-concept">{t("termbase:newConcept")}</Link>
            ) : null}
          </>
        }
      />
      <TermbaseFilters filters={filters} filtered={filtered} facets={facets} markets={markets} total={result.total} t={t} uiLocale={uiLocale} />

      {result.concepts.length === 0 ? (
        filtered ? (
          <EmptyState title={t("termbase:list.empty")} />
        ) : (
          <EmptyState title={t("termbase:list.emptyAll")} description={t("termbase:list.emptyAllHint")} />
        )
      ) : (
        <Table caption={t("termbase:list.caption")}>
          <thead>
            <tr>
              <Th>{t("termbase:list.concept")}</Th>
              <Th>{t("termbase:list.terms")}</Th>
              <Th>{t("termbase:list.updated")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {result.concepts.map((c) => (
              <tr key={c.id} data-testid={`concept-row-${c.externalId ?? c.id}`}>
                <Td className="w-1/3">
                  <Link href={`/termbase/${c.id}`} className="font-medium text-brand-600 hover:underline dark:text-brand-400">
                    {c.terms[0]?.text ?? t("termbase:concept.untitled")}
                  </Link>
                  {c.subject ? <div className="text-xs text-slate-500">{c.subject}</div> : null}
                  {c.definition ? <p className="mt-1 line-clamp-2 text-xs text-slate-600 dark:text-slate-400">{c.definition}</p> : null}
                </Td>
                <Td>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">
                    {c.terms.slice(0, SHOWN_TERMS).map((term) => (
                      <li key={term.id} className="flex items-center gap-1 text-sm">
                        <span className="font-mono text-xs text-slate-500" dir="ltr">{term.locale}</span>
                        <span lang={term.locale} dir={directionOf(term.locale)} className={term.status === "forbidden" ? "line-through" : ""}>
                          {term.text}
                        </span>
                        <TermStatusBadge status={term.status} label={t(`termbase:status.${term.status}`)} />
                        {term.doNotTranslate ? <Badge>{t("termbase:dntShort")}</Badge> : null}
                        {term.marketId ? <Badge tone="info">{codeOf.get(term.marketId) ?? "—"}</Badge> : null}
                      </li>
                    ))}
                    {c.terms.length > SHOWN_TERMS ? (
                      <li className="text-xs text-slate-500">{t("termbase:list.more", { count: c.terms.length - SHOWN_TERMS })}</li>
                    ) : null}
                  </ul>
                </Td>
                <Td className="whitespace-nowrap text-xs text-slate-500">{formatDate(c.updatedAt, uiLocale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {result.pages > 1 ? (
        <nav aria-label={t("termbase:pagination.label")} className="mt-4 flex items-center justify-between gap-3 text-sm">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className={buttonClass("secondary")} rel="prev">{t("termbase:pagination.previous")}</Link>
          ) : <span />}
          <span>{t("termbase:pagination.page", { page: formatNumber(result.page, uiLocale), pages: formatNumber(result.pages, uiLocale) })}</span>
          {result.page < result.pages ? (
            <Link href={pageHref(result.page + 1)} className={buttonClass("secondary")} rel="next">{t("termbase:pagination.next")}</Link>
          ) : <span />}
        </nav>
      ) : null}
    </>
  );
}
