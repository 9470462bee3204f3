import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { NotificationList } from "./notifications-client";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const rows = await findNotifications(actor, { take: 100 });
  return (
    <>
      <PageHeader title={t("notifications:title")} />
      {rows.length === 0 ? (
        <EmptyState title={t("notifications:emptyTitle")} description={t("notifications:emptyDescription")} />
      ) : (
        <NotificationList
          items={rows.map((n) => {
            const data = (n.data ?? {}) as Record<string, string | number | null>;
            return {
              id: n.id,
              link: n.link,
              unread: !n.readAt,
              when: formatDateTime(n.createdAt, uiLocale),
              text: t(`notifications:kinds.${n.kind}`, {
                ...data,
                state: data.state ? t(`variants:states.${data.state}`) : "",
                dueDate: data.dueDate ? formatDateTime(String(data.dueDate), uiLocale) : "",
              }),
              excerpt: typeof data.excerpt === "string" ? data.excerpt : typeof data.comment === "string" ? data.comment : null,
            };
          })}
        />
      )}
    </>
  );
}
