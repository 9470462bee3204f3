// The part every variant event's payload shares (VariantRef in lib/events/event-types.ts).
import type { VariantRef } from "@/lib/events/event-types";

export interface VariantEventSource {
  id: string;
  campaignId: string;
  marketId: string;
  locale: string;
  campaign: { name: string };
  market: { code: string };
}

export function variantEventRef(variant: VariantEventSource): VariantRef {
  return {
    variantId: variant.id,
    campaignId: variant.campaignId,
    campaignName: variant.campaign.name,
    marketId: variant.marketId,
    market: variant.market.code,
    locale: variant.locale,
  };
}
