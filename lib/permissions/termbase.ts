// Termbase: everyone signed in reads global terms and the market-specific terms of markets they
// see; HQ brand managers (and admins) edit, import and decide proposals; regional marketers and
// approvers propose terms for the locales of their own markets.
import { canSeeMarket, canWrite, hasGlobalScope, type Actor } from "./actor";

const EDITOR_ROLES = new Set(["admin", "hq_brand"]);
const PROPOSER_ROLES = new Set(["regional_marketer", "regional_approver"]);

/** A term (or proposal) is visible when it is global or belongs to a market the actor sees. */
export function canSeeTerm(actor: Actor, term: { marketId: string | null }): boolean {
  return term.marketId === null || canSeeMarket(actor, term.marketId);
}

export function canEditTermbase(actor: Actor): boolean {
  return EDITOR_ROLES.has(actor.role) && canWrite(actor);
}

export function canImportTermbase(actor: Actor): boolean {
  return canEditTermbase(actor);
}

/**
 * `ownLocales` are the locales of the actor's markets. HQ editors edit directly and do not
 * propose; proposals are for regional marketers and approvers in their own locales.
 */
export function canProposeTerm(actor: Actor, locale: string, ownLocales: readonly string[]): boolean {
  if (!PROPOSER_ROLES.has(actor.role) || !canWrite(actor)) return false;
  const wanted = locale.toLowerCase();
  return ownLocales.some((l) => l.toLowerCase() === wanted);
}

/** True for anyone who may open the proposal form at all (before the locale is chosen). */
export function mayProposeTerms(actor: Actor): boolean {
  return PROPOSER_ROLES.has(actor.role) && canWrite(actor) && actor.marketIds.length > 0;
}

export function canSeeProposal(actor: Actor, proposal: { marketId: string | null; proposedById: string }): boolean {
  if (proposal.proposedById === actor.id) return true;
  if (isEditorOrGlobal(actor)) return true;
  return proposal.marketId !== null && actor.marketIds.includes(proposal.marketId);
}

export function canDecideProposal(actor: Actor): boolean {
  return canEditTermbase(actor);
}

function isEditorOrGlobal(actor: Actor): boolean {
  return EDITOR_ROLES.has(actor.role) || hasGlobalScope(actor);
}

/** Prisma `where` for terms the actor may see. */
export function termWhereForActor(actor: Actor) {
  return hasGlobalScope(actor) ? {} : { OR: [{ marketId: null }, { marketId: { in: actor.marketIds } }] };
}

/** Prisma `where` for proposals the actor may see. */
export function proposalWhereForActor(actor: Actor) {
  if (isEditorOrGlobal(actor)) return {};
  return { OR: [{ proposedById: actor.id }, { marketId: { in: actor.marketIds } }] };
}

/** Market ids the actor's market-specific terms are limited to; null = no limit. */
export function visibleMarketIds(actor: Actor): string[] | null {
  return hasGlobalScope(actor) ? null : actor.marketIds;
}
