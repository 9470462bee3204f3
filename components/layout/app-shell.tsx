import Link from "next/link";
import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Actor } from "@/lib/permissions/actor";
import { navigationFor } from "@/lib/permissions/navigation";
import { savePreferencesAction } from "@/lib/users/users.actions";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

export function AppShell({
  actor,
  t,
  theme,
  topBar,
  counts = {},
  children,
}: {
  actor: Actor;
  t: TFunction;
  theme: string;
  /** Extra controls in the top bar (search, notifications), provided by the features. */
  topBar?: ReactNode;
  /** Badges by nav key (e.g. { work: 3 }), computed by the layout. */
  counts?: Partial<Record<string, number>>;
  children: ReactNode;
}) {
  const nav = navigationFor(actor);
  const mainNav: NavItem[] = nav.main.map((e) => ({ ...e, count: counts[e.key] }));
  const adminNav: NavItem[] = nav.admin;
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <aside className="hidden w-60 shrink-0 border-e border-slate-200 bg-white px-3 py-4 md:block dark:border-slate-800 dark:bg-slate-900">
        <Link href="/work" className="mb-6 flex items-center gap-2 px-3 text-lg font-semibold">
          <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-gradient-to-br from-brand-500 to-emerald-400" />
          Meridian
        </Link>
        <nav aria-label={t("nav.main")}>
          <NavLinks items={mainNav} />
          {adminNav.length > 0 ? (
            <>
              <p className="mt-6 mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("nav.admin")}</p>
              <NavLinks items={adminNav} />
            </>
          ) : null}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
          <details className="md:hidden">
            <summary className="cursor-pointer list-none rounded px-2 py-1" aria-label={t("nav.open")}>☰</summary>
            <nav aria-label={t("nav.main")} className="absolute start-0 z-30 mt-2 w-64 rounded-e-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
              <NavLinks items={[...mainNav, ...adminNav]} />
            </nav>
          </details>
          <div className="flex flex-1 items-center gap-3">{topBar}</div>
          <UserMenu
            name={actor.name}
            email={actor.email}
            roleLabel={t(`roles.${actor.role}`)}
            theme={theme}
            savePreferences={savePreferencesAction}
          />
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
      </div>
    </div>
  );
}
