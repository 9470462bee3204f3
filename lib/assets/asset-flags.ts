// Warnings for an asset where it is used (campaign blocks, variants, dashboard): rights
// expired or expiring, retired, or not licensed for the market it is used in.
export type AssetFlag = "expired" | "retired" | "not_allowed_in_market" | "expires_soon";

export const EXPIRES_SOON_DAYS = 30;

export interface FlaggableAsset {
  status: string;
  rightsExpireAt: Date | string | null;
  /** Empty = every market. */
  allowedMarketIds: readonly string[];
  /** Set for a market alternate: it is only for that market. */
  marketId?: string | null;
}

export function assetFlags(asset: FlaggableAsset, options: { marketId?: string | null; at?: Date } = {}): AssetFlag[] {
  const at = options.at ?? new Date();
  const flags: AssetFlag[] = [];
  if (asset.rightsExpireAt) {
    const expires = new Date(asset.rightsExpireAt).getTime();
    if (expires <= at.getTime()) flags.push("expired");
    else if (expires - at.getTime() <= EXPIRES_SOON_DAYS * 86_400_000) flags.push("expires_soon");
  }
  if (asset.status === "retired") flags.push("retired");
  const market = options.marketId;
  if (market) {
    const wrongAlternate = !!asset.marketId && asset.marketId !== market;
    const notLicensed = asset.allowedMarketIds.length > 0 && !asset.allowedMarketIds.includes(market);
    if (wrongAlternate || notLicensed) flags.push("not_allowed_in_market");
  }
  return flags;
}
