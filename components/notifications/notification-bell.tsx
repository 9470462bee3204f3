// The bell in the top bar: unread count linking to the notification list. It only reads: the
// "due soon" reminders are written by the job scheduler (lib/jobs/schedules.ts).
import Link from "next/link";
import type { TFunction } from "i18next";
import type { Actor } from "@/lib/permissions/actor";
import { countUnreadNotifications } from "@/lib/notifications/find-notifications";

export async function NotificationBell({ actor, t }: { actor: Actor; t: TFunction }) {
  const unread = await countUnreadNotifications(actor).catch(() => 0);
  const label = t("notifications:bell", { n: unread });
  return (
    <Link href="/notifications" aria-label={label} title={label} className="relative ms-auto inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="absolute -end-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white">{unread > 99 ? "99+" : unread}</span>
      ) : null}
    </Link>
  );
}
