// The campaign's touchpoints as they will look, in the source or in one variant's language, with their blocks.
import type { TFunction } from "i18next";
import { TouchpointPreview } from "@/components/preview/touchpoint-preview";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import type { getCampaign, getVariantTexts } from "@/lib/campaigns/get-campaign";
import { directionOf } from "@/lib/i18n/config";

export function TouchpointsSection({
  campaign,
  texts,
  preview,
  t,
}: {
  campaign: Awaited<ReturnType<typeof getCampaign>>;
  texts: Awaited<ReturnType<typeof getVariantTexts>> | null;
  preview: string | undefined;
  t: TFunction;
}) {
  const id = campaign.id;
  const previewLocale = texts?.locale ?? campaign.sourceLocale;
  return (
    <section className="mt-8" aria-labelledby="tp-h" id="preview">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="tp-h" className="text-lg font-semibold">{t("campaigns:overview.touchpoints")}</h2>
        {campaign.variants.length > 0 ? (
          <form className="flex items-center gap-2 text-sm" action={`/campaigns/${id}#preview`}>
            <label htmlFor="preview-locale">{t("campaigns:overview.previewIn")}</label>
            <select id="preview-locale" name="preview" defaultValue={preview ?? ""} className="rounded-md border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900">
              <option value="">{t("campaigns:overview.source")} ({campaign.sourceLocale})</option>
              {campaign.variants.map((v) => <option key={v.id} value={v.id}>{v.market.code} · {v.locale}</option>)}
            </select>
            <button type="submit" className={buttonClass("secondary")}>{t("campaigns:list.apply")}</button>
          </form>
        ) : null}
      </div>
      {campaign.touchpoints.length === 0 ? <EmptyState title={t("campaigns:overview.noTouchpoints")} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {campaign.touchpoints.map((tp) => (
          <Card key={tp.id}>
            <h3 className="mb-1 font-semibold">{tp.name}</h3>
            <p className="mb-3 text-xs text-slate-500">{t(`campaigns:channels.${tp.channel}`)} · {t("campaigns:overview.blocks", { count: tp.blocks.length })}</p>
            <TouchpointPreview
              channel={tp.channel}
              name={tp.name}
              locale={previewLocale}
              blocks={tp.blocks.map((b) => {
                const target = texts?.blocks.get(b.id);
                return { key: b.key, type: b.type, text: target ? target.targetText || b.sourceText : b.sourceText, omitted: target?.omitted ?? false };
              })}
            />
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{t("campaigns:overview.blocks", { count: tp.blocks.length })}</summary>
              <ol className="mt-2 space-y-2">
                {tp.blocks.map((b) => (
                  <li key={b.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
                    <div className="flex flex-wrap gap-2 text-xs">
                      <code dir="ltr">{b.key}</code>
                      <Badge>{t(`campaigns:blockTypes.${b.type}`)}</Badge>
                      <Badge tone={b.policy === "locked" ? "warning" : "info"}>{t(`campaigns:policies.${b.policy}`)}</Badge>
                    </div>
                    <p lang={campaign.sourceLocale} dir={directionOf(campaign.sourceLocale)} className="mt-1 whitespace-pre-line">{b.sourceText}</p>
                    {b.notes ? <p className="mt-1 text-xs text-slate-500">{b.notes}</p> : null}
                  </li>
                ))}
              </ol>
            </details>
          </Card>
        ))}
      </div>
    </section>
  );
}
