// Asset library: everyone reads assets allowed in their markets (HQ and global viewers all);
// HQ brand managers upload and edit; regional marketers upload and maintain alternates for
// their own markets.
import { canWrite, hasGlobalScope, isInMarket, type Actor } from "./actor";

export interface AssetScope {
  /** Empty = allowed in every market. */
  allowedMarketIds: string[];
  /** Set for a market's alternate. */
  marketId: string | null;
}

export function canSeeAsset(actor: Actor, asset: AssetScope): boolean {
  if (hasGlobalScope(actor)) return true;
  if (asset.marketId) return isInMarket(actor, asset.marketId);
  if (asset.allowedMarketIds.length === 0) return true;
  return asset.allowedMarketIds.some((id) => actor.marketIds.includes(id));
}

export function canUploadAsset(actor: Actor): boolean {
  return actor.role === "hq_brand" && canWrite(actor);
}

/** An alternate of `parent` for `marketId`: HQ brand, or a regional marketer of that market. */
export function canUploadAlternate(actor: Actor, marketId: string): boolean {
  if (!canWrite(actor)) return false;
  if (actor.role === "hq_brand") return true;
  return actor.role === "regional_marketer" && isInMarket(actor, marketId);
}

/**
 * May this actor change the library at all (upload, alternate, new version, metadata)? The
 * role-level check that runs before an upload is read; the object-level rules follow.
 */
export function mayChangeAssets(actor: Actor): boolean {
  return canWrite(actor) && (actor.role === "hq_brand" || actor.role === "regional_marketer");
}

/** Metadata edits and new versions. */
export function canEditAsset(actor: Actor, asset: AssetScope): boolean {
  if (!canWrite(actor)) return false;
  if (actor.role === "hq_brand") return true;
  return actor.role === "regional_marketer" && !!asset.marketId && isInMarket(actor, asset.marketId);
}

/** Approving or retiring an asset is an HQ brand decision. */
export function canSetAssetStatus(actor: Actor): boolean {
  return actor.role === "hq_brand" && canWrite(actor);
}

export function assetWhereForActor(actor: Actor) {
  if (hasGlobalScope(actor)) return {};
  return {
    OR: [
      { marketId: { in: actor.marketIds } },
      { marketId: null, allowedMarketIds: { isEmpty: true } },
      { marketId: null, allowedMarketIds: { hasSome: actor.marketIds } },
    ],
  };
}
