// One section of "My work": a heading with its count, then the variants (or a sentence when empty).
import Link from "next/link";
import type { TFunction } from "i18next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import { DUE_SOON_MS, type MentionItem, type WorkItem } from "@/lib/variants/find-my-work";

export type SectionId = "assigned" | "toReview" | "overdue" | "mentions" | "toAssign";

function DueBadge({ item, t, uiLocale, now }: { item: WorkItem; t: TFunction; uiLocale: string; now: Date }) {
  if (!item.dueAt) return <span className="text-xs text-slate-500">{t("work:noDue")}</span>;
  const soon = !item.overdue && item.dueAt.getTime() - now.getTime() <= DUE_SOON_MS;
  return (
    <span className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      {t("work:due", { date: formatDate(item.dueAt, uiLocale) })}
      {item.overdue ? <Badge tone="danger">{t("work:overdue")}</Badge> : soon ? <Badge tone="warning">{t("work:dueSoon")}</Badge> : null}
    </span>
  );
}

export function WorkSection({ id, items, t, uiLocale, now }: { id: SectionId; items: Array<WorkItem | MentionItem>; t: TFunction; uiLocale: string; now: Date }) {
  const headingId = `work-${id}`;
  const countKey = id === "mentions" ? "work:mentionCount" : "work:variantCount";
  return (
    <Card>
      <section aria-labelledby={headingId} data-testid={`work-${id}`}>
        <div className="mb-3 flex items-baseline justify-between gap-3">
          <h2 id={headingId} className="text-lg font-semibold">{t(`work:sections.${id}.title`)}</h2>
          <span className="text-sm text-slate-600 dark:text-slate-400">{t(countKey, { count: items.length })}</span>
        </div>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t(`work:sections.${id}.empty`)}</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.map((item) => (
              <li key={"comment" in item ? item.comment.id : item.id} className="py-2">
                <Link href={`/variants/${item.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  {item.campaign.name} · {item.market.name}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
                  <Badge tone="info">{t(`variants:states.${item.state}`)}</Badge>
                  <span dir="ltr" className="text-slate-500">{item.locale}</span>
                  <DueBadge item={item} t={t} uiLocale={uiLocale} now={now} />
                </div>
                {"comment" in item ? (
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    <span className="font-medium">{t("work:wrote", { name: item.comment.author?.name ?? t("work:someone") })}</span>{" "}
                    <span dir="auto">{item.comment.excerpt}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
