// Who is acting: a signed-in user (session) or an API token holder. Every permission check takes one.
import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Markets the actor belongs to (ids). */
  marketIds: string[];
  uiLocale: string;
  /** Set for read-only API tokens: every write is refused. */
  readOnly?: boolean;
}

export { ROLES } from "./roles";

const HQ_ROLES: ReadonlySet<Role> = new Set<Role>(["admin", "hq_brand", "hq_campaign"]);

export function isHq(actor: Actor): boolean {
  return HQ_ROLES.has(actor.role);
}

/** HQ roles and a viewer without markets see every market; everyone else only their own. */
export function hasGlobalScope(actor: Actor): boolean {
  return isHq(actor) || (actor.role === "viewer" && actor.marketIds.length === 0);
}

export function isInMarket(actor: Actor, marketId: string | null | undefined): boolean {
  return !!marketId && actor.marketIds.includes(marketId);
}

export function canSeeMarket(actor: Actor, marketId: string): boolean {
  return hasGlobalScope(actor) || isInMarket(actor, marketId);
}

/** Writes are never allowed through a read-only token. */
export function canWrite(actor: Actor): boolean {
  return !actor.readOnly;
}
