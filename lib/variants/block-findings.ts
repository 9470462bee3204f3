// Findings for one variant block, with the context the checker needs (locale, market, channel,
// block type, length limit, source text).
import type { Finding } from "@/lib/core/checker/finding.types";
import { checkVariantText, type CheckData } from "./check-variant-text";

export interface CheckableVariant {
  locale: string;
  market: { code: string; currency: string };
  campaign: { sourceLocale: string };
}

export interface CheckableBlock {
  omitted: boolean;
  block: { type: string; policy: string; sourceText: string; maxLength: number | null; touchpoint: { channel: string } };
}

export async function findingsForBlock(variant: CheckableVariant, vb: CheckableBlock, text: string, data?: CheckData): Promise<Finding[]> {
  // Locked blocks are HQ's text, checked by the campaign's source checker: a market cannot change
  // them, so their findings must not block the market's submit.
  if (vb.omitted || vb.block.type === "image" || vb.block.policy === "locked") return [];
  if (text.trim() === "") {
    if (vb.block.policy === "locked" || vb.block.sourceText.trim() === "") return [];
    return [
      {
        type: "rule_invalid",
        code: "TARGET_EMPTY",
        severity: "error",
        start: 0,
        end: 0,
        message: vb.block.policy === "optional" ? "Write the text or omit this optional block with a reason." : "Write the text for this block.",
        data: {},
      },
    ];
  }
  return checkVariantText({
    text,
    locale: variant.locale,
    marketCode: variant.market.code,
    channel: vb.block.touchpoint.channel,
    blockType: vb.block.type,
    maxLength: vb.block.maxLength,
    source: { text: vb.block.sourceText, locale: variant.campaign.sourceLocale },
    currency: variant.market.currency,
  }, data);
}

/** A locked block's target is the HQ source; everything else uses the market's text. */
export function effectiveTarget(vb: { targetText: string; block: { policy: string; sourceText: string } }): string {
  return vb.block.policy === "locked" ? vb.block.sourceText : vb.targetText;
}
