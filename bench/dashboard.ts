// Coverage dashboard benchmark: 50 markets × 200 campaigns (10,000 variants, 60,000 variant
// blocks) and the time of the dashboard's data load (loadCoverage) for HQ and for a market user.
// Run: npx tsx bench/dashboard.ts  (temporary PGlite, or the PostgreSQL database in
// DATABASE_URL — it writes to it, use a scratch database). Target: page data < 300 ms.
import { openBenchDatabase } from "./open-bench-database";
import { newId } from "@/lib/database/new-id";
import { loadBlockStats, loadCoverage, loadMarketStats, loadWeeklyApprovals } from "@/lib/dashboard/load-coverage";
import type { Actor } from "@/lib/permissions/actor";

const MARKETS = 50;
const CAMPAIGNS = 200;
const BLOCKS = 6;
const RUNS = 10;
const DAY = 86_400_000;
const STATES = ["draft", "in_review", "changes_requested", "approved", "published", "outdated"] as const;

let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const db = await openBenchDatabase();
  const prisma = db.prisma;
  const tag = Date.now().toString(36);
  const started = performance.now();

  const owner = await prisma.user.create({ data: { email: `bench-owner-${tag}@meridian.test`, name: "Bench owner", role: "hq_campaign", passwordHash: "x" } });
  const regions = ["Europe", "Americas", "Asia Pacific", "Middle East", "Africa"];
  const markets = Array.from({ length: MARKETS }, (_, i) => ({ id: newId(), code: `B${tag.slice(-3)}${i}`.toUpperCase().slice(0, 10), name: `Bench market ${i}`, region: regions[i % regions.length]!, locales: [`xx-${i}`], currency: "EUR", timeZone: "UTC" }));
  await prisma.market.createMany({ data: markets });
  const assets = Array.from({ length: 20 }, (_, i) => ({ id: newId(), title: `Asset ${i}`, kind: "image", status: i % 7 === 0 ? ("retired" as const) : ("approved" as const), rightsExpireAt: new Date(Date.now() + (i - 10) * 10 * DAY) }));
  await prisma.asset.createMany({ data: assets });

  const now = Date.now();
  for (let c = 0; c < CAMPAIGNS; c++) {
    const campaignId = newId();
    const publishedAt = new Date(now - (200 - c) * DAY);
    const dueDate = new Date(publishedAt.getTime() + 21 * DAY);
    await prisma.campaign.create({
      data: { id: campaignId, name: `Bench campaign ${c}`, status: "published", channels: [["email", "social", "banner"][c % 3]!], ownerId: owner.id, publishedAt, dueDate, startDate: publishedAt, endDate: new Date(publishedAt.getTime() + 60 * DAY) },
    });
    await prisma.campaignMarket.createMany({ data: markets.map((m) => ({ campaignId, marketId: m.id })) });
    const touchpointId = newId();
    await prisma.touchpoint.create({ data: { id: touchpointId, campaignId, channel: "email", name: "Email" } });
    const blocks = Array.from({ length: BLOCKS }, (_, b) => ({ id: newId(), touchpointId, key: `b${b}`, type: b === 0 ? "image" : "body", position: b, sourceText: `Source ${b}`, assetId: b === 0 ? assets[rand(assets.length)]!.id : null }));
    await prisma.block.createMany({ data: blocks });
    const variants = markets.map((m) => {
      const state = STATES[rand(STATES.length)]!;
      const approved = state === "approved" || state === "published";
      return {
        id: newId(),
        campaignId,
        marketId: m.id,
        locale: m.locales[0]!,
        state,
        dueDate,
        approvedAt: approved ? new Date(publishedAt.getTime() + (2 + rand(30)) * DAY) : null,
        errorCount: rand(4),
        warningCount: rand(8),
      };
    });
    await prisma.variant.createMany({ data: variants });
    await prisma.variantBlock.createMany({
      data: variants.flatMap((v) => blocks.map((b) => ({ variantId: v.id, blockId: b.id, targetText: rand(4) === 0 ? "" : "Text", outdated: rand(20) === 0, assetId: b.assetId }))),
    });
  }
  console.log(`seeded ${MARKETS} markets × ${CAMPAIGNS} campaigns = ${MARKETS * CAMPAIGNS} variants, ${MARKETS * CAMPAIGNS * BLOCKS} variant blocks in ${Math.round(performance.now() - started)} ms`);

  const hq: Actor = { id: owner.id, email: owner.email, name: owner.name, role: "hq_campaign", marketIds: [], uiLocale: "en" };
  const regional: Actor = { ...hq, role: "regional_marketer", marketIds: [markets[0]!.id, markets[1]!.id] };
  const cases: Array<[string, Actor, Record<string, string>]> = [
    ["HQ, no filters (page 1 of 8)", hq, {}],
    ["HQ, region Europe + channel email", hq, { region: "Europe", channel: "email" }],
    ["regional marketer (2 markets)", regional, {}],
  ];
  let worst = 0;
  for (const [label, actor, filters] of cases) {
    await loadCoverage(actor, filters); // warm-up
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const data = await loadCoverage(actor, filters);
      times.push(performance.now() - t0);
      cells = data.cells.length;
    }
    times.sort((a, b) => a - b);
    worst = Math.max(worst, percentile(times, 50));
    console.log(`${label}: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms (${cells} cells on the page)`);
  }
  // Where the HQ load spends its time (each query alone, median of RUNS).
  const allCampaignIds = (await prisma.campaign.findMany({ select: { id: true } })).map((c) => c.id);
  const marketIds = markets.map((m) => m.id);
  const pageIds = allCampaignIds.slice(0, 25);
  const parts: Array<[string, () => Promise<unknown>]> = [
    ["campaign list (lean select)", () => prisma.campaign.findMany({ select: { id: true, name: true, status: true, channels: true, startDate: true, endDate: true, dueDate: true, publishedAt: true, owner: { select: { id: true, name: true } } } })],
    ["market stats (GROUP BY market, all campaigns)", () => loadMarketStats(prisma, allCampaignIds, marketIds, new Date())],
    ["weekly approvals (GROUP BY week)", () => loadWeeklyApprovals(prisma, allCampaignIds, marketIds)],
    ["page variants (25 campaigns × 50 markets)", () => prisma.variant.findMany({ where: { campaignId: { in: pageIds }, marketId: { in: marketIds } }, select: { id: true, campaignId: true, marketId: true, locale: true, state: true, dueDate: true, approvedAt: true, errorCount: true, warningCount: true } })],
    ["page block stats (GROUP BY variant)", () => loadBlockStats(prisma, pageIds, marketIds)],
  ];
  for (const [label, run] of parts) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label}: median ${percentile(times, 50).toFixed(1)} ms`);
  }
  console.log(worst < 300 ? `OK: dashboard data load median < 300 ms (worst case ${worst.toFixed(1)} ms)` : `SLOW: worst median ${worst.toFixed(1)} ms ≥ 300 ms`);
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
