import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { GlobalSearch } from "@/components/search/global-search";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getSessionActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";
import { countMyWork } from "@/lib/variants/find-my-work";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in");
  const { t } = await getT();
  const theme = (await cookies()).get("theme")?.value ?? "system";
  const work = await countMyWork(actor);
  return (
    <AppShell actor={actor} t={t} theme={theme} counts={{ work: work.assigned + work.toReview, reviews: work.toReview }} topBar={<><GlobalSearch /><NotificationBell actor={actor} t={t} /></>}>
      {children}
    </AppShell>
  );
}
