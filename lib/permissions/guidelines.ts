// Brand guidelines: everyone signed in reads (markets see global + their own market's sections
// and rules, HQ sees all); only HQ brand managers change them.
import { canSeeMarket, canWrite, hasGlobalScope, type Actor } from "./actor";

interface MarketScoped {
  marketId: string | null;
}

/** Global items (marketId null) are visible to everyone; market items to that market and HQ. */
export function canSeeGuidelineItem(actor: Actor, item: MarketScoped): boolean {
  return item.marketId === null || canSeeMarket(actor, item.marketId);
}

export function canEditGuidelines(actor: Actor): boolean {
  return actor.role === "hq_brand" && canWrite(actor);
}

/** Accepting or rejecting a rule proposed from a learning. */
export function canDecideRuleProposal(actor: Actor): boolean {
  return canEditGuidelines(actor);
}

/** Any signed-in actor (session or token, read-only included) may run the checker. */
export function canUseChecker(actor: Actor): boolean {
  return !!actor.id;
}

export function guidelineWhereForActor(actor: Actor) {
  if (hasGlobalScope(actor)) return {};
  return { OR: [{ marketId: null }, { marketId: { in: actor.marketIds } }] };
}
