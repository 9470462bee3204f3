// Who may see and change campaigns. HQ roles, admins and global viewers see every campaign;
// market members (regional roles, market-scoped viewers) see campaigns published to one of their
// markets (never drafts); translators see campaigns where they hold an assigned variant.
// Only HQ campaign managers create, edit and publish (admins do not).
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWrite, hasGlobalScope, type Actor } from "./actor";

/** What the rules need to know about a campaign. */
export interface CampaignAccessFacts {
  status: "draft" | "published" | "archived";
  /** Markets the campaign is currently published to (CampaignMarket rows not removed). */
  activeMarketIds: readonly string[];
  /** Assignees of the campaign's non-archived variants. */
  assigneeIds: readonly string[];
}

export function canViewCampaign(actor: Actor, campaign: CampaignAccessFacts): boolean {
  if (hasGlobalScope(actor)) return true;
  if (actor.role === "translator") return campaign.assigneeIds.includes(actor.id);
  if (campaign.status === "draft") return false;
  return campaign.activeMarketIds.some((id) => actor.marketIds.includes(id));
}

export function canCreateCampaign(actor: Actor): boolean {
  return actor.role === "hq_campaign" && canWrite(actor);
}

export function canEditCampaign(actor: Actor, campaign: CampaignAccessFacts): boolean {
  return canViewCampaign(actor, campaign) && actor.role === "hq_campaign" && canWrite(actor);
}

export function canPublishCampaign(actor: Actor, campaign: CampaignAccessFacts): boolean {
  return canEditCampaign(actor, campaign) && campaign.status !== "archived";
}

/** The list filter matching canViewCampaign. */
export function campaignWhereForActor(actor: Actor): Prisma.CampaignWhereInput {
  if (hasGlobalScope(actor)) return {};
  if (actor.role === "translator") {
    return { variants: { some: { assigneeId: actor.id, state: { not: "archived" } } } };
  }
  return {
    status: { not: "draft" },
    markets: { some: { marketId: { in: actor.marketIds }, removedAt: null } },
  };
}

/** The select that loads CampaignAccessFacts; pass the result to `accessFacts`. */
export const campaignAccessSelect = {
  status: true,
  markets: { where: { removedAt: null }, select: { marketId: true } },
  variants: { where: { state: { not: "archived" }, assigneeId: { not: null } }, select: { assigneeId: true } },
} satisfies Prisma.CampaignSelect;

export function accessFacts(row: {
  status: CampaignAccessFacts["status"];
  markets: { marketId: string }[];
  variants: { assigneeId: string | null }[];
}): CampaignAccessFacts {
  return {
    status: row.status,
    activeMarketIds: row.markets.map((m) => m.marketId),
    assigneeIds: row.variants.map((v) => v.assigneeId).filter((id): id is string => !!id),
  };
}
