// Benchmark: open the editor of a variant with 200 blocks (target < 1 s), one live checker round
// for a block (target < 100 ms), and the review queue with 1,000 waiting variants (target
// < 300 ms). Uses DATABASE_URL (PostgreSQL) or a temporary PGlite.
// Run: npx tsx bench/variants.ts
import { openBenchDatabase } from "./open-bench-database";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/permissions/actor";
import { checkVariantBlock } from "@/lib/variants/check-variant-block";
import { findReviewQueue } from "@/lib/variants/find-review-queue";
import { getVariantEditor } from "@/lib/variants/get-variant-editor";

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function main() {
  const db = await openBenchDatabase();
  const prisma = db.prisma;
  const stamp = Date.now().toString(36).slice(-5).toUpperCase();
  const markets = [];
  for (let i = 0; i < 10; i++) {
    markets.push(await prisma.market.create({ data: { code: `V${stamp}${i}`, name: `Bench ${i}`, locales: ["de-DE"], currency: "EUR", timeZone: "Europe/Berlin" } }));
  }
  const user = await prisma.user.create({
    data: { email: `bench-${stamp}@meridian.test`, name: "Bench", role: "regional_approver", passwordHash: "x", memberships: { create: markets.map((m) => ({ marketId: m.id })) } },
  });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "regional_approver", marketIds: markets.map((m) => m.id), uiLocale: "en" };

  // One campaign with 200 blocks (10 touchpoints × 20) and its variant.
  const campaign = await prisma.campaign.create({ data: { name: "Bench 200", status: "published", channels: ["email"] } });
  const blockIds: string[] = [];
  for (let t = 0; t < 10; t++) {
    const tp = await prisma.touchpoint.create({ data: { campaignId: campaign.id, channel: "email", name: `Email ${t}`, position: t } });
    const rows = Array.from({ length: 20 }, (_, b) => ({
      id: `bb${stamp}${t}x${b}`,
      touchpointId: tp.id,
      key: `block${b}`,
      type: b % 5 === 0 ? "headline" : "body",
      policy: "translate" as const,
      position: b,
      sourceText: `Hello {firstName}, save 20% on order ${t}-${b} before 31/12/2025 with our spring collection.`,
      maxLength: 160,
    }));
    await prisma.block.createMany({ data: rows });
    blockIds.push(...rows.map((r) => r.id));
  }
  const variant = await prisma.variant.create({ data: { campaignId: campaign.id, marketId: markets[0]!.id, locale: "de-DE" } });
  await prisma.variantBlock.createMany({
    data: blockIds.map((blockId, i) => ({ variantId: variant.id, blockId, targetText: `Hallo {firstName}, sparen Sie 20 % bei Bestellung ${i} bis 31.12.2025 mit unserer Frühjahrskollektion.` })),
  });

  // 1,000 variants waiting for review: 100 campaigns × 10 markets.
  for (let c = 0; c < 100; c++) {
    const camp = await prisma.campaign.create({ data: { name: `Queue ${c}`, status: "published", channels: ["email"] } });
    await prisma.variant.createMany({
      data: markets.map((m, i) => ({
        campaignId: camp.id,
        marketId: m.id,
        locale: "de-DE",
        state: "in_review" as const,
        dueDate: new Date(Date.now() + (c - 50 + i) * 86_400_000),
        submittedAt: new Date(),
      })),
    });
  }

  const editor = await median(5, () => getVariantEditor(actor, variant.id));
  const check = await median(20, () =>
    checkVariantBlock(actor, { variantId: variant.id, blockId: blockIds[7]!, text: "Hallo {firstName}, sparen Sie 20 % bei Bestellung 7 bis 12/31/2025 mit unserer Kollektion." }),
  );
  const queue = await median(5, () => findReviewQueue(actor, {}));
  const count = (await findReviewQueue(actor, {})).items.length;
  const row = (name: string, ms: number, target: number) => `${name.padEnd(42)} ${ms.toFixed(1).padStart(8)} ms  (target < ${target} ms) ${ms < target ? "ok" : "SLOW"}`;
  console.log(row("editor load, 200 blocks with findings", editor, 1000));
  console.log(row("live check, one block", check, 100));
  console.log(row(`review queue, ${count} variants`, queue, 300));
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
