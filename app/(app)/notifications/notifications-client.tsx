"use client";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { markNotificationsReadAction } from "@/lib/notifications/notifications.actions";

type Item = { id: string; link: string | null; unread: boolean; when: string; text: string; excerpt: string | null };

export function NotificationList({ items }: { items: Item[] }) {
  const { t } = useTranslation("notifications");
  const { pending, run } = useServerAction();
  const markRead = (input: { ids?: string[]; all?: boolean }) => run(() => markNotificationsReadAction(input), { refresh: "always" });
  return (
    <>
      <Button variant="secondary" className="mb-3" disabled={pending || !items.some((i) => i.unread)} onClick={() => markRead({ all: true })}>
        {t("markAllRead")}
      </Button>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {items.map((n) => (
          <li key={n.id} className={`flex flex-wrap items-start gap-3 p-3 text-sm ${n.unread ? "bg-brand-50/60 dark:bg-brand-700/10" : ""}`}>
            <div className="min-w-0 flex-1">
              {n.unread ? <span className="sr-only">{t("unread")}</span> : null}
              {n.link ? (
                <Link href={n.link} className={n.unread ? "font-semibold underline" : "underline"} onClick={() => n.unread && markRead({ ids: [n.id] })}>
                  {n.text}
                </Link>
              ) : (
                <span className={n.unread ? "font-semibold" : ""}>{n.text}</span>
              )}
              {n.excerpt ? <p className="mt-0.5 text-slate-600 dark:text-slate-400">{n.excerpt}</p> : null}
              <p className="text-xs text-slate-500">{n.when}</p>
            </div>
            {n.unread ? (
              <Button variant="ghost" disabled={pending} onClick={() => markRead({ ids: [n.id] })}>{t("markRead")}</Button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
