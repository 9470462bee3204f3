import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";
import { ASSIGNABLE_ROLES, canEverReviewVariants } from "@/lib/permissions/variants";
import { findMyWork, type MentionItem, type WorkItem } from "@/lib/variants/find-my-work";
import { WorkSection, type SectionId } from "./work-section";

export const metadata: Metadata = { title: "My work" };

// Where everyone lands after signing in: their own inbox. A section shows when the role can have
// such work at all (assignments for marketers and translators, reviews for reviewers); an empty
// one says so in a sentence.
export default async function WorkPage() {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const now = new Date();
  const work = await findMyWork(actor, now);
  const sections: Array<{ id: SectionId; items: Array<WorkItem | MentionItem> }> = [
    ...(ASSIGNABLE_ROLES.includes(actor.role) ? [{ id: "assigned" as const, items: work.assigned }] : []),
    ...(canEverReviewVariants(actor) ? [{ id: "toReview" as const, items: work.toReview }] : []),
    { id: "overdue", items: work.overdue },
    { id: "mentions", items: work.mentions },
    // HQ always assigns; a marketer only when they lead a market, which the list itself shows.
    ...(actor.role === "admin" || actor.role === "hq_campaign" || work.toAssign.length > 0 ? [{ id: "toAssign" as const, items: work.toAssign }] : []),
  ];
  return (
    <>
      <PageHeader
        title={t("work:title")}
        description={t("work:description")}
        actions={
          <Link href="/campaigns" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            {t("work:allCampaigns")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {sections.map((s) => (
          <WorkSection key={s.id} id={s.id} items={s.items} t={t} uiLocale={uiLocale} now={now} />
        ))}
      </div>
    </>
  );
}
