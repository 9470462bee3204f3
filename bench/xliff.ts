// Benchmark: export a 10,000-unit variant as XLIFF 2.0 and 1.2, and import the translated file
// back (parse, checks, saveVariantBlocks in one transaction). Target: each under 5 s.
// Uses DATABASE_URL (PostgreSQL) or a temporary PGlite.
// Run: npx tsx bench/xliff.ts
import { openBenchDatabase } from "./open-bench-database";
import { performance } from "node:perf_hooks";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { importVariantXliff, planXliffImport } from "@/lib/exchange/import-variant-xliff";
import { getDb } from "@/lib/db";
import { loadVariant } from "@/lib/variants/load-variant";
import { parseXliff } from "@/lib/exchange/xliff/parse-xliff";
import { writeXliff } from "@/lib/exchange/xliff/write-xliff";
import type { Actor } from "@/lib/permissions/actor";

const UNITS = 10_000;
const PER_TOUCHPOINT = 500;

async function main() {
  const db = await openBenchDatabase();
  const prisma = db.prisma;
  const stamp = Date.now().toString(36).slice(-5).toUpperCase();
  const market = await prisma.market.create({ data: { code: `X${stamp}`, name: "Bench", locales: ["de-DE"], currency: "EUR", timeZone: "Europe/Berlin" } });
  const user = await prisma.user.create({
    data: { email: `xliff-bench-${stamp}@meridian.test`, name: "Bench", role: "regional_marketer", passwordHash: "x", memberships: { create: { marketId: market.id } } },
  });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "regional_marketer", marketIds: [market.id], uiLocale: "en" };
  const campaign = await prisma.campaign.create({ data: { name: "XLIFF bench", status: "published", channels: ["email"] } });
  const blockIds: string[] = [];
  for (let tp = 0; tp < UNITS / PER_TOUCHPOINT; tp++) {
    const touchpoint = await prisma.touchpoint.create({ data: { campaignId: campaign.id, channel: "email", name: `Touchpoint ${tp}`, position: tp } });
    const rows = Array.from({ length: PER_TOUCHPOINT }, (_, i) => ({
      id: `b${stamp}${tp}x${i}`,
      touchpointId: touchpoint.id,
      key: `block_${i}`,
      type: "body",
      position: i,
      sourceText: `Hello {firstName}, item ${tp}-${i} is waiting: {count, plural, one {# offer} other {# offers}}.`,
      maxLength: 200,
      notes: i % 10 === 0 ? "Keep the tone friendly" : "",
    }));
    await prisma.block.createMany({ data: rows });
    blockIds.push(...rows.map((r) => r.id));
  }
  // Two equal variants (de-DE and de-AT): the second import runs in a process that has already
  // run one, as a server that has been up a while does.
  const variants = [];
  for (const locale of ["de-DE", "de-AT"]) {
    const v = await prisma.variant.create({ data: { campaignId: campaign.id, marketId: market.id, locale } });
    for (let i = 0; i < blockIds.length; i += 2000) {
      await prisma.variantBlock.createMany({ data: blockIds.slice(i, i + 2000).map((blockId) => ({ variantId: v.id, blockId })) });
    }
    variants.push(v);
  }
  const variant = variants[0]!;

  let t = performance.now();
  const v2 = await exportVariantXliff(actor, { variantId: variant.id, version: "2.0" });
  const export2 = performance.now() - t;
  t = performance.now();
  await exportVariantXliff(actor, { variantId: variant.id, version: "1.2" });
  const export12 = performance.now() - t;

  // The vendor's file: every unit's target is the source with two words translated.
  const translate = (body: string) => {
    const parsed = parseXliff(body);
    if (!parsed.ok) throw new Error("export does not parse");
    for (const unit of parsed.doc.files[0]!.units) {
      unit.target = unit.source.map((part) => (typeof part === "string" ? part.replace("Hello", "Hallo").replace("is waiting", "wartet") : part));
    }
    return writeXliff(parsed.doc, "2.0");
  };
  const translated = translate(v2.body);
  const translated2 = translate((await exportVariantXliff(actor, { variantId: variants[1]!.id, version: "2.0" })).body);

  // First import of the process: parsing, checking and writing code not yet optimised by V8.
  t = performance.now();
  const report = await importVariantXliff(actor, { variantId: variant.id, file: translated });
  const importMs = performance.now() - t;

  t = performance.now();
  const reparsed = parseXliff(translated2);
  if (!reparsed.ok) throw new Error("translated file does not parse");
  const plan = planXliffImport(reparsed.doc, await loadVariant(actor, variants[1]!.id, "view", await getDb()));
  const planMs = performance.now() - t;

  // The same import into the second variant, in a process that has run one (a server up a while).
  t = performance.now();
  const report2 = await importVariantXliff(actor, { variantId: variants[1]!.id, file: translated2 });
  const warmMs = performance.now() - t;

  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`database: ${db.label}`);
  console.log(`export ${UNITS} units, XLIFF 2.0: ${fmt(export2)} (${(v2.body.length / 1e6).toFixed(1)} MB) — target < 5 s`);
  console.log(`export ${UNITS} units, XLIFF 1.2: ${fmt(export12)} — target < 5 s`);
  console.log(`import ${UNITS} units, read + check only (parse, unit ids, placeholders; ${plan.edits.length} edits planned): ${fmt(planMs)}`);
  console.log(`import ${UNITS} translated units, complete (saveVariantBlocks writes + checker), first in the process: ${fmt(importMs)} (updated ${report.updated}) — target < 5 s`);
  console.log(`import ${UNITS} translated units, complete, second in the process: ${fmt(warmMs)} (updated ${report2.updated}) — target < 5 s`);
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
