import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";
import { canApproveFromReviewQueue, canUseReviewQueue } from "@/lib/permissions/variants";
import { findReviewQueue } from "@/lib/variants/find-review-queue";
import { reviewQueueSchema } from "@/lib/variants/variant.schemas";
import { ReviewQueueClient } from "./reviews-client";

export const metadata: Metadata = { title: "Reviews" };

function FilterSelect({ id, name, label, defaultValue, children }: { id: string; name: string; label: string; defaultValue: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium">{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
        {children}
      </select>
    </div>
  );
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!canUseReviewQueue(actor)) notFound();
  const { t, uiLocale } = await getT();
  const parsed = reviewQueueSchema.safeParse(await searchParams);
  const { items, campaigns, filter } = await findReviewQueue(actor, parsed.success ? parsed.data : {});
  return (
    <>
      <PageHeader title={t("variants:reviews.title")} description={t("variants:reviews.description")} />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("variants:reviews.filters")}>
        <FilterSelect id="f-campaign" name="campaign" label={t("variants:reviews.campaign")} defaultValue={filter.campaign ?? ""}>
          <option value="">{t("variants:reviews.all")}</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </FilterSelect>
        <FilterSelect id="f-state" name="state" label={t("variants:reviews.state")} defaultValue={filter.state ?? ""}>
          <option value="">{t("variants:reviews.waiting")}</option>
          {(["in_review", "brand_review", "changes_requested", "all"] as const).map((s) => (
            <option key={s} value={s}>{s === "all" ? t("variants:reviews.all") : t(`variants:states.${s}`)}</option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-due" name="due" label={t("variants:reviews.due")} defaultValue={filter.due ?? ""}>
          <option value="">{t("variants:reviews.all")}</option>
          <option value="overdue">{t("variants:reviews.dueOverdue")}</option>
          <option value="week">{t("variants:reviews.dueWeek")}</option>
          <option value="none">{t("variants:reviews.dueNone")}</option>
        </FilterSelect>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">{t("filter")}</button>
      </form>
      {items.length === 0 ? (
        <EmptyState title={t("variants:reviews.emptyTitle")} description={t("variants:reviews.emptyDescription")} />
      ) : (
        <ReviewQueueClient
          uiLocale={uiLocale}
          canApprove={canApproveFromReviewQueue(actor)}
          items={items.map((i) => ({ ...i, dueDate: i.dueDate?.toISOString() ?? null, submittedAt: i.submittedAt?.toISOString() ?? null, ownSubmission: i.submittedById === actor.id }))}
        />
      )}
    </>
  );
}
