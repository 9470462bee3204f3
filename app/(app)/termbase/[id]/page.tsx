import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { directionOf } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canEditTermbase, mayProposeTerms } from "@/lib/permissions/termbase";
import { getConcept, getConceptHistory, getConceptProposals } from "@/lib/termbase/get-concept";
import { ownLocales } from "@/lib/termbase/own-locales";
import { EditConceptForm, ProposeTermForm, TermForm } from "../concept-forms";
import { TermStatusBadge } from "../term-badges";
import { MoreFromFileSection } from "./more-from-file-section";
import { ProposalsHistorySection } from "./proposals-history-section";

export const metadata: Metadata = { title: "Concept" };

async function load<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export default async function ConceptPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { t, uiLocale } = await getT();
  const concept = await load(getConcept(actor, id));
  const [history, proposals, markets, own] = await Promise.all([
    getConceptHistory(actor, id),
    getConceptProposals(actor, id),
    findMarkets(actor),
    ownLocales(actor),
  ]);
  const canEdit = canEditTermbase(actor);
  const canPropose = mayProposeTerms(actor) && own.length > 0;
  const marketOptions = markets.map((m) => ({ id: m.id, code: m.code, name: m.name }));
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const byLocale = new Map<string, typeof concept.terms>();
  for (const term of concept.terms) byLocale.set(term.locale, [...(byLocale.get(term.locale) ?? []), term]);
  const title = concept.terms.find((x) => x.status === "preferred")?.text ?? concept.terms[0]?.text ?? t("termbase:concept.untitled");

  return (
    <div className="space-y-6">
      <Link href="/termbase" className="text-sm text-brand-600 hover:underline dark:text-brand-400">← {t("termbase:concept.back")}</Link>
      <PageHeader
        title={title}
        description={
          <>
            {concept.subject ? <span className="me-3">{concept.subject}</span> : null}
            <span className="text-xs">{t("termbase:concept.version", { version: concept.version })}</span>
            {concept.externalId ? <span className="ms-3 font-mono text-xs" dir="ltr">{concept.externalId}</span> : null}
          </>
        }
      />
      <Card>
        <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t("termbase:concept.definition")}</dt>
          <dd>{concept.definition ?? "—"}</dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t("termbase:concept.note")}</dt>
          <dd className="whitespace-pre-line">{concept.note ?? "—"}</dd>
        </dl>
        {canEdit ? (
          <div className="mt-4">
            <EditConceptForm concept={{ id: concept.id, version: concept.version, subject: concept.subject, definition: concept.definition, note: concept.note }} />
          </div>
        ) : null}
      </Card>

      <section aria-labelledby="renderings-title">
        <h2 id="renderings-title" className="mb-3 text-lg font-semibold">{t("termbase:renderings.title")}</h2>
        {concept.terms.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("termbase:renderings.empty")}</p>
        ) : (
          <Table caption={t("termbase:renderings.title")}>
            <thead>
              <tr>
                <Th>{t("termbase:term.locale")}</Th>
                <Th>{t("termbase:renderings.term")}</Th>
                <Th>{t("termbase:renderings.status")}</Th>
                <Th>{t("termbase:renderings.market")}</Th>
                <Th>{t("termbase:renderings.attributes")}</Th>
                {canEdit ? <Th><span className="sr-only">{t("actions")}</span></Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {[...byLocale.entries()].map(([locale, terms]) =>
                terms.map((term, i) => (
                  <tr key={term.id} data-testid={`term-row-${term.id}`}>
                    {i === 0 ? (
                      <Td rowSpan={terms.length} className="font-mono text-xs" dir="ltr">{locale}</Td>
                    ) : null}
                    <Td>
                      <span lang={term.locale} dir={directionOf(term.locale)} className={`font-medium ${term.status === "forbidden" ? "line-through decoration-red-500" : ""}`}>
                        {term.text}
                      </span>
                      {term.backTranslation ? (
                        <div className="text-xs text-slate-500">
                          {t("termbase:renderings.backTranslation")}: <span lang="en">“{term.backTranslation}”</span>
                        </div>
                      ) : null}
                      {term.usageNote ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" lang={term.locale} dir="auto">{term.usageNote}</p> : null}
                    </Td>
                    <Td><TermStatusBadge status={term.status} label={t(`termbase:status.${term.status}`)} /></Td>
                    <Td>{term.marketId ? <Badge tone="info">{codeOf.get(term.marketId) ?? "—"}</Badge> : <span className="text-xs text-slate-500">{t("termbase:global")}</span>}</Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        {term.doNotTranslate ? <Badge>{t("termbase:dnt")}</Badge> : null}
                        {term.caseSensitive ? <Badge>{t("termbase:caseSensitive")}</Badge> : null}
                        {term.partOfSpeech ? <Badge>{term.partOfSpeech}</Badge> : null}
                      </div>
                    </Td>
                    {canEdit ? (
                      <Td>
                        <TermForm conceptId={concept.id} version={concept.version} markets={marketOptions} term={term} />
                      </Td>
                    ) : null}
                  </tr>
                )),
              )}
            </tbody>
          </Table>
        )}
        {canEdit ? (
          <div className="mt-3">
            <TermForm conceptId={concept.id} version={concept.version} markets={marketOptions} />
          </div>
        ) : null}
        <datalist id="termbase-locales">
          {[...new Set(markets.flatMap((m) => m.locales))].map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
      </section>

      <MoreFromFileSection concept={concept} t={t} />

      {canPropose ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("termbase:propose.title")}</h2>
          <ProposeTermForm conceptId={concept.id} locales={[...new Set(own.map((o) => o.locale))]} />
        </Card>
      ) : null}

      <ProposalsHistorySection proposals={proposals} history={history} canEdit={canEdit} t={t} uiLocale={uiLocale} />
    </div>
  );
}
