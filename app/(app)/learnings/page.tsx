import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findLearningOptions } from "@/lib/learnings/find-learning-options";
import { findLearnings } from "@/lib/learnings/find-learnings";
import type { PromotedTo } from "@/lib/learnings/learning.schemas";
import { canCommentOnLearning, canMarkLearningUseful, canViewLearnings } from "@/lib/permissions/learnings";
import { LearningsFilters } from "./learnings-filters";
import { CommentForm, LearningForm, PromoteForm, UsefulButton } from "./learnings-client";

export const metadata: Metadata = { title: "Learnings" };

function promotedHref(p: PromotedTo): string {
  if (p.type === "guideline_rule") return "/guidelines";
  if (p.type === "term_proposal") return "/termbase";
  return `/campaigns/${p.campaignId ?? p.id}`;
}

export default async function LearningsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!canViewLearnings(actor)) notFound();
  const { t, uiLocale } = await getT();
  const params = await searchParams;
  const [items, options] = await Promise.all([findLearnings(actor, params), findLearningOptions(actor)]);
  return (
    <>
      <PageHeader title={t("learnings:title")} description={t("learnings:description")} />
      <LearningsFilters params={params} options={options} t={t} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {items.length === 0 ? (
            <EmptyState title={t("learnings:empty.title")} description={t("learnings:empty.description")} />
          ) : (
            items.map((l) => {
              const mayComment = canCommentOnLearning(actor, { marketId: l.market.id, authorId: l.author.id });
              return (
                <Card key={l.id}>
                  <article aria-labelledby={`learning-${l.id}`}>
                    <header className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <h2 id={`learning-${l.id}`} className="text-base font-semibold">{l.title}</h2>
                        <p className="text-xs text-slate-500">
                          <Badge tone="info">{l.market.code}</Badge> {t("learnings:byline", { author: l.author.name, date: formatDateTime(l.createdAt, uiLocale) })}
                          {l.campaign ? <> · <Link className="text-brand-600 hover:underline" href={`/campaigns/${l.campaign.id}`}>{l.campaign.name}</Link></> : null}
                          {l.segment ? <> · {t("learnings:segment", { segment: l.segment })}</> : null}
                          {l.channel ? <> · {t(`campaigns:channels.${l.channel}`, { defaultValue: l.channel })}</> : null}
                        </p>
                      </div>
                      <UsefulButton learningId={l.id} useful={l.usefulByMe} count={l.usefulCount} disabled={!canMarkLearningUseful(actor, { marketId: l.market.id, authorId: l.author.id })} />
                    </header>
                    <p className="mt-2 whitespace-pre-line text-sm">{l.body}</p>
                    {l.tags.length ? (
                      <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("learnings:tags")}>
                        {l.tags.map((tag) => <li key={tag}><Link href={`/learnings?tag=${encodeURIComponent(tag)}`}><Badge>#{tag}</Badge></Link></li>)}
                      </ul>
                    ) : null}
                    {l.variantId ? (
                      <p className="mt-2 text-sm"><Link className="text-brand-600 hover:underline" href={`/variants/${l.variantId}/results`}>{t("learnings:seeResults")}</Link></p>
                    ) : null}
                    {l.promotedTo.length ? (
                      <ul className="mt-2 space-y-1 text-sm">
                        {l.promotedTo.map((p) => (
                          <li key={`${p.type}-${p.id}`}><Badge tone="success">{t(`learnings:promoted.${p.type}`)}</Badge> <Link className="text-brand-600 hover:underline" href={promotedHref(p)}>{t("learnings:promoted.open")}</Link></li>
                        ))}
                      </ul>
                    ) : null}
                    <section className="mt-3 border-t border-slate-100 pt-2 dark:border-slate-800" aria-label={t("learnings:comments.title")}>
                      {l.comments.map((c) => (
                        <p key={c.id} className="text-sm"><span className="font-medium">{c.author.name}</span> <span className="text-xs text-slate-500">{formatDateTime(c.createdAt, uiLocale)}</span><br />{c.body}</p>
                      ))}
                      {mayComment ? <CommentForm learningId={l.id} /> : null}
                    </section>
                    {options.mayPromote ? (
                      <PromoteForm
                        learningId={l.id}
                        marketId={l.market.id}
                        markets={options.markets.map((m) => ({ id: m.id, code: m.code, locales: m.locales }))}
                        drafts={options.draftCampaigns}
                      />
                    ) : null}
                  </article>
                </Card>
              );
            })
          )}
        </div>
        {options.writableMarkets.length > 0 ? (
          <Card className="h-fit">
            <h2 className="mb-3 text-lg font-semibold">{t("learnings:form.title")}</h2>
            <LearningForm
              markets={options.writableMarkets.map((m) => ({ id: m.id, code: m.code, name: m.name }))}
              campaigns={options.campaigns.map((c) => ({ id: c.id, name: c.name }))}
              channels={options.channels}
              variantId={params.variant}
              resultId={params.result}
              campaignId={params.campaignId}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
