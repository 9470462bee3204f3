// The navigation an actor sees: an entry appears only when its page would open for them, so it
// asks the same rules the pages ask (a page that answers 404 to a role is never offered to it).
import type { Actor } from "./actor";
import { canViewWebhooks } from "./exchange";
import { canViewLearnings } from "./learnings";
import { canViewDashboard } from "./results";
import { canUseReviewQueue } from "./variants";
import { canViewAuditLog, canViewUsers } from "./workspace";

export interface NavEntry {
  href: string;
  /** The common:nav.<key> label. */
  key: string;
}

export interface Navigation {
  main: NavEntry[];
  admin: NavEntry[];
}

const MAIN: ReadonlyArray<NavEntry & { visible?: (actor: Actor) => boolean }> = [
  { href: "/work", key: "work" },
  { href: "/campaigns", key: "campaigns" },
  { href: "/reviews", key: "reviews", visible: canUseReviewQueue },
  { href: "/dashboard", key: "dashboard", visible: canViewDashboard },
  { href: "/learnings", key: "learnings", visible: canViewLearnings },
  { href: "/termbase", key: "termbase" },
  { href: "/guidelines", key: "guidelines" },
  { href: "/assets", key: "assets" },
  { href: "/markets", key: "markets" },
  { href: "/settings", key: "settings" },
];

const ADMIN: ReadonlyArray<NavEntry & { visible: (actor: Actor) => boolean }> = [
  { href: "/admin/users", key: "users", visible: canViewUsers },
  { href: "/admin/audit", key: "audit", visible: canViewAuditLog },
  { href: "/admin/webhooks", key: "webhooks", visible: canViewWebhooks },
];

export function navigationFor(actor: Actor): Navigation {
  const pick = (entries: ReadonlyArray<NavEntry & { visible?: (actor: Actor) => boolean }>) =>
    entries.filter((e) => !e.visible || e.visible(actor)).map(({ href, key }) => ({ href, key }));
  return { main: pick(MAIN), admin: pick(ADMIN) };
}
