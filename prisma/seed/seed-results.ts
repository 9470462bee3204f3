// Demo data for results and learnings: on "Assume Nothing — Autumn launch", JP has a conclusive
// positive lift, US an inconclusive one and DE no holdout (raw numbers only); JP and DE each
// share a learning. Skips quietly when the campaign (or a market's variant) is not there.
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(Math.floor(Date.now() / DAY) * DAY + offset * DAY);

export async function seedResults(tx: Db, ctx: SeedContext): Promise<void> {
  const campaign = await tx.campaign.findFirst({
    where: { name: "Assume Nothing — Autumn launch" },
    select: { id: true, channels: true, variants: { select: { id: true, market: { select: { code: true } } } } },
  });
  if (!campaign) return;
  const variantOf = (code: string) => campaign.variants.find((v) => v.market.code === code);
  const periodFrom = isoDay(-31);
  const periodTo = isoDay(-1);
  const rows = [
    // JP: 8.2% vs 6.5% on 12,000 users each — the interval is well above zero.
    { code: "JP", email: "jp.marketer@meridian.test", metric: "account opened", exposedUsers: 12000, exposedConversions: 984, holdoutUsers: 12000, holdoutConversions: 780 },
    // US: 6.0% vs 5.8% — the interval includes zero.
    { code: "US", email: "campaigns@meridian.test", metric: "account opened", exposedUsers: 9000, exposedConversions: 540, holdoutUsers: 9000, holdoutConversions: 522 },
    // DE: no holdout was kept.
    { code: "DE", email: "de.marketer@meridian.test", metric: "account opened", exposedUsers: 15000, exposedConversions: 900, holdoutUsers: null, holdoutConversions: null },
  ];
  const resultIds = new Map<string, string>();
  for (const row of rows) {
    const variant = variantOf(row.code);
    if (!variant) continue;
    const created = await tx.result.create({
      data: {
        variantId: variant.id,
        metric: row.metric,
        kind: "rate",
        periodFrom,
        periodTo,
        exposedUsers: row.exposedUsers,
        exposedConversions: row.exposedConversions,
        holdoutUsers: row.holdoutUsers,
        holdoutConversions: row.holdoutConversions,
        createdById: ctx.users.get(row.email) ?? null,
      },
    });
    resultIds.set(row.code, created.id);
  }
  const jp = variantOf("JP");
  if (jp && ctx.markets.get("JP") && ctx.users.get("jp.marketer@meridian.test")) {
    await tx.learning.create({
      data: {
        marketId: ctx.markets.get("JP")!,
        campaignId: campaign.id,
        variantId: jp.id,
        resultId: resultIds.get("JP") ?? null,
        segment: "First-time switchers",
        channel: campaign.channels[0] ?? null,
        title: "Seasonal imagery beat the global hero in Japan",
        body: "Swapping the global hero for the sakura alternate and naming the 10-minute switch in the headline lifted account openings by about 1.7 points against the holdout. Keep the promise concrete and the imagery local.",
        tags: ["imagery", "seasonality", "headline"],
        authorId: ctx.users.get("jp.marketer@meridian.test")!,
        usefulBy: [ctx.users.get("campaigns@meridian.test")!].filter(Boolean),
        usefulCount: 1,
      },
    });
  }
  const de = variantOf("DE");
  if (de && ctx.markets.get("DE") && ctx.users.get("de.marketer@meridian.test")) {
    await tx.learning.create({
      data: {
        marketId: ctx.markets.get("DE")!,
        campaignId: campaign.id,
        variantId: de.id,
        resultId: resultIds.get("DE") ?? null,
        segment: "First-time switchers",
        title: "Formal address (Sie) reads as trustworthy for banking",
        body: "Readers in our pre-test preferred „Sie“ over „du“ for a bank. We did not keep a holdout this time, so we cannot claim a lift — next round we will hold out 10%.",
        tags: ["tone", "formality", "holdout"],
        authorId: ctx.users.get("de.marketer@meridian.test")!,
      },
    });
  }
}
