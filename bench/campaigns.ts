// Benchmark: publish a campaign with 200 blocks to 50 markets, then load the campaign overview.
// Targets: publish < 2 s, overview < 300 ms. Uses DATABASE_URL (PostgreSQL) or a temporary
// PGlite. Run: npx tsx bench/campaigns.ts
import { openBenchDatabase } from "./open-bench-database";
import { performance } from "node:perf_hooks";
import { createCampaignFromDefinition } from "@/lib/campaigns/create-campaign";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { publishCampaign } from "@/lib/campaigns/publish-campaign";
import type { Actor } from "@/lib/permissions/actor";

async function main() {
  const db = await openBenchDatabase();
  const prisma = db.prisma;
  const stamp = Date.now().toString(36);
  const user = await prisma.user.create({
    data: { email: `bench-${stamp}@meridian.test`, name: "Bench", role: "hq_campaign", passwordHash: "x" },
  });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "hq_campaign", marketIds: [], uiLocale: "en" };
  const codes: string[] = [];
  for (let i = 0; i < 50; i++) {
    const code = `B${stamp.slice(-4)}${i}`.toUpperCase().slice(0, 10);
    codes.push(code);
    await prisma.market.create({ data: { code, name: `Bench ${i}`, locales: ["en-US"], currency: "USD", timeZone: "UTC", leadId: user.id } });
  }
  const touchpoints = Array.from({ length: 10 }, (_, t) => ({
    channel: "email" as const,
    name: `Touchpoint ${t}`,
    blocks: Array.from({ length: 20 }, (_, b) => ({
      key: `block-${b}`,
      type: b === 0 ? ("headline" as const) : ("body" as const),
      policy: b === 0 ? ("locked" as const) : ("translate" as const),
      source: `Hello {firstName}, this is block ${b} of touchpoint ${t}.`,
    })),
  }));
  const { id } = await createCampaignFromDefinition(actor, { name: "Bench", objective: "Bench", kpi: "Bench", markets: codes, touchpoints });

  let start = performance.now();
  const published = await publishCampaign(actor, { campaignId: id });
  const publishMs = performance.now() - start;

  await getCampaign(actor, id); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    await getCampaign(actor, id);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const blocks = await prisma.variantBlock.count({ where: { variant: { campaignId: id } } });
  console.log(`database:          ${db.label}`);
  console.log(`publish:           ${publishMs.toFixed(0)} ms — ${published.variants.length} variants, ${blocks} variant blocks (target < 2000 ms)`);
  console.log(`overview (median): ${runs[2]!.toFixed(1)} ms over 5 runs (target < 300 ms)`);
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
