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
        <div>
          <label htmlFor="f-campaign" className="block text-xs font-medium">{t("variants:reviews.campaign")}</label>
          <select id="f-campaign" name="campaign" defaultValue={filter.campaign ?? ""} className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
            <option value="">{t("variants:reviews.all")}</option>
            {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-state" className="block text-xs font-medium">{t("variants:reviews.state")}</label>
          <select id="f-state" name="state" defaultValue={filter.state ?? ""} className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
            <option value="">{t("variants:reviews.waiting")}</option>
            {(["in_review", "brand_review", "changes_requested", "all"] as const).map((s) => (
              <option key={s} value={s}>{s === "all" ? t("variants:reviews.all") : t(`variants:states.${s}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-due" className="block text-xs font-medium">{t("variants:reviews.due")}</label>
          <select id="f-due" name="due" defaultValue={filter.due ?? ""} className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
            <option value="">{t("variants:reviews.all")}</option>
            <option value="overdue">{t("variants:reviews.dueOverdue")}</option>
            <option value="week">{t("variants:reviews.dueWeek")}</option>
            <option value="none">{t("variants:reviews.dueNone")}</option>
          </select>
        </div>
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
