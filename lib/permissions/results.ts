// Who reads and records campaign results, and who sees which rows of the coverage dashboard.
// Reading follows the variant: anyone who can view a variant reads its results. Recording is
// for the regional marketers of the variant's market and HQ campaign managers. Deny by default.
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWrite, hasGlobalScope, isInMarket, type Actor } from "./actor";
import { canViewVariant, variantWhereForActor, type VariantAccessFacts } from "./variants";

export function canViewResults(actor: Actor, variant: VariantAccessFacts): boolean {
  return canViewVariant(actor, variant);
}

export function canRecordResult(actor: Actor, variant: VariantAccessFacts): boolean {
  if (!canWrite(actor) || !canViewVariant(actor, variant)) return false;
  if (actor.role === "hq_campaign") return true;
  return actor.role === "regional_marketer" && isInMarket(actor, variant.marketId);
}

/** The variants whose results an actor may read (same rule as the variant list). */
export function resultVariantWhereForActor(actor: Actor): Prisma.VariantWhereInput {
  return variantWhereForActor(actor);
}

/** The coverage dashboard: everyone but translators (who only see assigned variants, not markets). */
export function canViewDashboard(actor: Actor): boolean {
  return actor.role !== "translator";
}

/** Market rows of the dashboard: HQ and global viewers see every market, others their own. */
export function dashboardMarketWhereForActor(actor: Actor): Prisma.MarketWhereInput {
  if (hasGlobalScope(actor)) return { archivedAt: null };
  return { archivedAt: null, id: { in: actor.marketIds } };
}
