// The part every variant event's payload shares: which variant, campaign and market, by id and by
// the names the notifications and webhooks show.
export interface VariantEventSource {
  id: string;
  campaignId: string;
  marketId: string;
  locale: string;
  campaign: { name: string };
  market: { code: string };
}

export function variantEventRef(variant: VariantEventSource) {
  return {
    variantId: variant.id,
    campaignId: variant.campaignId,
    campaignName: variant.campaign.name,
    marketId: variant.marketId,
    market: variant.market.code,
    locale: variant.locale,
  };
}
