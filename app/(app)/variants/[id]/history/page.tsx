import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { getVariantHistory } from "@/lib/variants/get-variant-history";

export const metadata: Metadata = { title: "Variant history" };

type BlockChange = { key: string; target?: string; [field: string]: unknown };

function describe(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export default async function VariantHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { t, uiLocale } = await getT();
  let history;
  try {
    history = await getVariantHistory(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { variant, events } = history;
  return (
    <>
      <PageHeader
        title={t("variants:history.title")}
        description={`${variant.campaign.name} · ${variant.market.name} (${variant.locale})`}
        actions={<Link href={`/variants/${id}`} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">{t("variants:history.back")}</Link>}
      />
      {events.length === 0 ? (
        <EmptyState title={t("variants:history.empty")} />
      ) : (
        <ol className="space-y-3">
          {events.map((e) => {
            const before = (e.before ?? {}) as { state?: string; blocks?: BlockChange[] };
            const after = (e.after ?? {}) as { state?: string; blocks?: BlockChange[] };
            const meta = (e.meta ?? {}) as { comment?: string | null; overrideReason?: string | null };
            return (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
                <p className="font-medium">
                  {t(`variants:history.actions.${e.action}`, { defaultValue: e.action })} ·{" "}
                  <span className="text-slate-600 dark:text-slate-400">{e.actorName ?? t("variants:history.system")}</span> ·{" "}
                  <time dateTime={e.createdAt.toISOString()} className="text-slate-500">{formatDateTime(e.createdAt, uiLocale)}</time>
                </p>
                {before.state || after.state ? (
                  <p className="mt-1">{t(`variants:states.${before.state}`, { defaultValue: before.state ?? "—" })} → {t(`variants:states.${after.state}`, { defaultValue: after.state ?? "—" })}</p>
                ) : null}
                {meta.comment ? <p className="mt-1 italic">“{meta.comment}”</p> : null}
                {meta.overrideReason ? <p className="mt-1 text-amber-700 dark:text-amber-300">{t("variants:workflow.overrideReason")}: {meta.overrideReason}</p> : null}
                {after.blocks?.length ? (
                  <table className="mt-2 w-full text-start text-xs">
                    <thead>
                      <tr>
                        <th scope="col" className="pe-2 text-start">{t("variants:history.block")}</th>
                        <th scope="col" className="pe-2 text-start">{t("variants:history.before")}</th>
                        <th scope="col" className="text-start">{t("variants:history.after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {after.blocks.map((b, i) => {
                        const prev = before.blocks?.[i] ?? { key: b.key };
                        const fields = Object.keys(b).filter((k) => k !== "key");
                        return (
                          <tr key={`${b.key}-${i}`} className="align-top">
                            <td className="pe-2 font-mono" dir="ltr">{b.key}</td>
                            <td className="pe-2 text-red-700 dark:text-red-300" lang={variant.locale}>
                              {fields.map((f) => <div key={f}>{fields.length > 1 ? `${f}: ` : ""}{describe(prev[f])}</div>)}
                            </td>
                            <td className="text-emerald-700 dark:text-emerald-300" lang={variant.locale}>
                              {fields.map((f) => <div key={f}>{fields.length > 1 ? `${f}: ` : ""}{describe(b[f])}</div>)}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
