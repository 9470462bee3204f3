import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VariantXliffControls } from "@/components/exchange/variant-xliff-controls";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { findComments } from "@/lib/comments/find-comments";
import { findMentionableUsers } from "@/lib/comments/find-mentionable-users";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { getAssignmentOptions } from "@/lib/variants/find-assignees";
import { getVariantEditor } from "@/lib/variants/get-variant-editor";
import { AssigneeControl } from "./assignee-control";
import { EditorClient } from "./editor-client";

export const metadata: Metadata = { title: "Variant" };

export default async function VariantPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { t, uiLocale } = await getT();
  let data;
  try {
    data = await getVariantEditor(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [comments, people, assignment] = await Promise.all([
    findComments(actor, id),
    data.permissions.comment ? findMentionableUsers(await getDb(), { marketId: data.market.id, assigneeId: data.assignee?.id ?? null }) : [],
    getAssignmentOptions(actor, { id, marketId: data.market.id, assigneeId: data.assignee?.id ?? null }),
  ]);
  return (
    <>
      <PageHeader
        title={`${data.campaign.name} · ${data.market.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{t(`variants:states.${data.state}`)}</Badge>
            <span dir="ltr">{data.locale}</span>
            <span>{t("variants:due", { date: formatDate(data.dueDate, uiLocale) })}</span>
            {data.isOverdue ? <Badge tone="danger">{t("variants:overdue")}</Badge> : null}
            {data.assignee ? <span>{t("variants:assignee", { name: data.assignee.name })}</span> : null}
          </span>
        }
        actions={
          <Link href={`/variants/${id}/history`} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            {t("variants:history.link")}
          </Link>
        }
      />
      <div className="mb-4 space-y-3">
        <VariantXliffControls variantId={id} canImport={data.permissions.edit} />
        {assignment ? (
          <AssigneeControl variantId={id} people={assignment.people} assigneeId={data.assignee?.id ?? null} dueDate={data.dueDate?.toISOString().slice(0, 10) ?? ""} />
        ) : null}
      </div>
      <EditorClient data={data} comments={comments} people={people.filter((p) => p.id !== actor.id)} actorId={actor.id} />
    </>
  );
}
