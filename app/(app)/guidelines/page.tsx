import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/auth";
import { findGuidelineRules, findGuidelineSections, type GuidelineRuleWithHistory } from "@/lib/guidelines/find-guidelines";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canDecideRuleProposal, canEditGuidelines } from "@/lib/permissions/guidelines";
import { CheckerPanel } from "./checker-panel";
import { DecideProposalButtons, DeleteSectionButton, SectionForm } from "./guidelines-client";
import { MarkdownBody } from "./markdown-body";
import { ruleDetail, ruleScope, RulesSection } from "./rules-section";

export const metadata: Metadata = { title: "Guidelines" };

export default async function GuidelinesPage({ searchParams }: { searchParams: Promise<{ market?: string }> }) {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const { market } = await searchParams;
  const markets = await findMarkets(actor);
  const filter = market === "global" || markets.some((m) => m.id === market) ? market : undefined;
  const [sections, rules] = await Promise.all([
    findGuidelineSections(actor, { market: filter }),
    findGuidelineRules(actor, { market: filter }),
  ]);
  const canEdit = canEditGuidelines(actor);
  const marketOptions = markets.map((m) => ({ id: m.id, code: m.code, name: m.name }));
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const scopeLabel = (marketId: string | null) => (marketId ? (codeOf.get(marketId) ?? "?") : t("guidelines:global"));
  const proposals = rules.filter((r) => r.proposed);
  const accepted = rules.filter((r) => !r.proposed);
  const locales = [...new Set(["en-US", ...markets.flatMap((m) => m.locales)])];

  const detail = (r: GuidelineRuleWithHistory) => ruleDetail(r, t);
  const scope = (r: GuidelineRuleWithHistory) => ruleScope(r, t, scopeLabel);

  return (
    <>
      <PageHeader title={t("guidelines:title")} description={t("guidelines:description")} />
      <form className="mb-6 flex items-end gap-2" role="search">
        <label htmlFor="g-market" className="text-sm font-medium">{t("guidelines:filter.label")}</label>
        <Select id="g-market" name="market" defaultValue={filter ?? ""} className="w-56">
          <option value="">{t("guidelines:filter.all")}</option>
          <option value="global">{t("guidelines:filter.global")}</option>
          {markets.map((m) => (
            <option key={m.id} value={m.id}>{m.code} — {m.name}</option>
          ))}
        </Select>
        <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
      </form>

      <Card className="mb-6">
        <h2 className="mb-1 text-lg font-semibold">{t("guidelines:checker.title")}</h2>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("guidelines:checker.description")}</p>
        <CheckerPanel markets={markets.map((m) => ({ code: m.code, name: m.name, locales: m.locales }))} locales={locales} />
      </Card>

      <section aria-labelledby="g-sections" className="mb-8">
        <h2 id="g-sections" className="mb-3 text-lg font-semibold">{t("guidelines:sections.title")}</h2>
        {sections.length === 0 ? (
          <EmptyState title={t("guidelines:sections.empty")} />
        ) : (
          <div className="space-y-4">
            {sections.map((s) => (
              <Card key={s.id}>
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <h3 className="text-base font-semibold">{s.title}</h3>
                  <Badge tone="info">{t(`guidelines:kinds.${s.kind}`, { defaultValue: s.kind })}</Badge>
                  <Badge>{scopeLabel(s.marketId)}</Badge>
                  <span className="ms-auto text-xs text-slate-500">{formatDateTime(s.updatedAt, uiLocale)}</span>
                </div>
                <MarkdownBody>{s.body}</MarkdownBody>
                {canEdit ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm text-brand-600">{t("guidelines:sections.edit")}</summary>
                    <div className="mt-3 space-y-3">
                      <SectionForm section={s} markets={marketOptions} />
                      <DeleteSectionButton id={s.id} />
                    </div>
                  </details>
                ) : null}
              </Card>
            ))}
          </div>
        )}
        {canEdit ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-600">{t("guidelines:sections.add")}</summary>
            <Card className="mt-2"><SectionForm markets={marketOptions} /></Card>
          </details>
        ) : null}
      </section>

      {proposals.length > 0 ? (
        <section aria-labelledby="g-proposals" className="mb-8">
          <h2 id="g-proposals" className="mb-1 text-lg font-semibold">{t("guidelines:proposals.title")}</h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("guidelines:proposals.description")}</p>
          <ul className="space-y-2">
            {proposals.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40">
                <Badge tone="warning">{t(`guidelines:ruleKinds.${r.kind}`)}</Badge>
                <span>{detail(r)}</span>
                <span className="text-slate-600 dark:text-slate-400">{scope(r)}</span>
                {r.message ? <span className="text-slate-600 dark:text-slate-400">— {r.message}</span> : null}
                {canDecideRuleProposal(actor) ? <div className="ms-auto"><DecideProposalButtons id={r.id} /></div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RulesSection accepted={accepted} canEdit={canEdit} marketOptions={marketOptions} scopeLabel={scopeLabel} t={t} uiLocale={uiLocale} />
    </>
  );
}
