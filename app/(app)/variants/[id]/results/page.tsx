import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { DEFAULT_MDE } from "@/lib/results/compute-lift";
import { getVariantResults } from "@/lib/results/get-variant-results";
import { canWriteLearning } from "@/lib/permissions/learnings";
import { mdeSchema } from "@/lib/results/results.schemas";
import { explainLift, explainPower, formatAbsolute, formatP, formatRelative, formatValue } from "./lift-text";
import { RecordResultForm, ResultsCsvUpload } from "./results-client";

export const metadata: Metadata = { title: "Results" };

export default async function VariantResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ mde?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { mde: rawMde } = await searchParams;
  const parsedMde = rawMde ? mdeSchema.safeParse(Number(rawMde) / 100) : null;
  const mde = parsedMde?.success ? parsedMde.data : DEFAULT_MDE;
  const { t, uiLocale } = await getT();
  const data = await getVariantResults(actor, id, { minimumDetectableEffect: mde }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { variant } = data;
  const mayWriteLearning = canWriteLearning(actor, variant.marketId);
  return (
    <>
      <PageHeader
        title={t("results:variant.title", { market: variant.market.code, campaign: variant.campaign.name })}
        description={t("results:variant.description")}
        actions={
          <>
            <Link href={`/variants/${variant.id}`} className={buttonClass("secondary")}>{t("results:variant.openVariant")}</Link>
            <Link href={`/campaigns/${variant.campaign.id}/results`} className={buttonClass("secondary")}>{t("results:variant.allMarkets")}</Link>
          </>
        }
      />
      <form className="mb-6 flex flex-wrap items-end gap-2" aria-label={t("results:mde.label")}>
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t("results:mde.label")}</span>
          <span className="flex items-center gap-1">
            <Input name="mde" type="number" min={0.5} max={500} step={0.5} defaultValue={Math.round(mde * 1000) / 10} className="w-24" />
            <span aria-hidden>%</span>
          </span>
        </label>
        <button type="submit" className={buttonClass("secondary")}>{t("results:mde.apply")}</button>
        <p className="w-full text-xs text-slate-500">{t("results:mde.hint")}</p>
      </form>

      {data.results.length === 0 ? (
        <EmptyState title={t("results:variant.emptyTitle")} description={t("results:variant.emptyDescription")} />
      ) : (
        <div className="space-y-4" aria-live="polite">
          {data.results.map((r) => {
            const power = explainPower(t, r, uiLocale);
            const tone = r.lift.explanation === "LIFT_POSITIVE_SIGNIFICANT" ? "success" : r.lift.explanation === "LIFT_NEGATIVE_SIGNIFICANT" ? "danger" : r.lift.hasHoldout ? "warning" : "neutral";
            return (
              <Card key={r.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-base font-semibold">{r.metric}</h2>
                  <span className="text-sm text-slate-500">
                    {formatDate(r.period.from, uiLocale, "UTC")} – {formatDate(r.period.to, uiLocale, "UTC")} · {t(`results:kind.${r.kind}`)}
                  </span>
                </div>
                <p className="mt-2"><Badge tone={tone}>{t(`results:verdict.${r.lift.explanation}`)}</Badge></p>
                <p className="mt-2 text-sm">{explainLift(t, r, uiLocale)}</p>
                {power ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{power}</p> : null}
                <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
                  <div><dt className="text-slate-500">{t("results:fields.exposed")}</dt><dd className="tabular-nums">{formatValue(r.lift.exposedValue, r.lift.kind, uiLocale)} · {t("results:users", { value: formatNumber(r.exposed.users, uiLocale) })}</dd></div>
                  <div><dt className="text-slate-500">{t("results:fields.holdout")}</dt><dd className="tabular-nums">{r.holdout ? `${formatValue(r.lift.holdoutValue, r.lift.kind, uiLocale)} · ${t("results:users", { value: formatNumber(r.holdout.users, uiLocale) })}` : t("results:noHoldout")}</dd></div>
                  {r.lift.absolute ? (
                    <>
                      <div><dt className="text-slate-500">{t("results:fields.absolute")}</dt><dd className="tabular-nums">{formatAbsolute(t, r.lift.absolute.estimate, r.lift.kind, uiLocale)}{r.lift.absolute.ci ? ` [${formatAbsolute(t, r.lift.absolute.ci.lower, r.lift.kind, uiLocale)}; ${formatAbsolute(t, r.lift.absolute.ci.upper, r.lift.kind, uiLocale)}]` : ""}</dd></div>
                      <div><dt className="text-slate-500">{t("results:fields.relative")}</dt><dd className="tabular-nums">{r.lift.relative ? `${formatRelative(r.lift.relative.estimate, uiLocale)}${r.lift.relative.ci ? ` [${formatRelative(r.lift.relative.ci.lower, uiLocale)}; ${formatRelative(r.lift.relative.ci.upper, uiLocale)}]` : ""}` : "—"}</dd></div>
                      <div><dt className="text-slate-500">{t("results:fields.pValue")}</dt><dd className="tabular-nums">{formatP(r.lift.pValue, uiLocale)}</dd></div>
                    </>
                  ) : null}
                </dl>
                {mayWriteLearning ? (
                  <p className="mt-3 text-sm">
                    <Link href={`/learnings?variant=${variant.id}&result=${r.id}`} className="text-brand-600 hover:underline">{t("results:variant.writeLearning")}</Link>
                  </p>
                ) : null}
              </Card>
            );
          })}
        </div>
      )}

      {data.canRecord ? (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("results:form.title")}</h2>
            <RecordResultForm variantId={variant.id} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("results:csv.title")}</h2>
            <ResultsCsvUpload variantId={variant.id} />
          </Card>
        </div>
      ) : null}
    </>
  );
}
