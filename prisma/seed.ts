// The demo workspace. Idempotent: it only ever seeds an empty database (no users), all in one
// transaction, so a failure leaves nothing behind.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedAssets } from "./seed/seed-assets";
import { seedCampaigns } from "./seed/seed-campaigns";
import { seedFoundation } from "./seed/seed-foundation";
import { seedGuidelines } from "./seed/seed-guidelines";
import { seedResults } from "./seed/seed-results";
import { seedTermbase } from "./seed/seed-termbase";

export type SeedContext = Awaited<ReturnType<typeof seedFoundation>>;

/** Later capabilities register their demo data here, in order. */
const STEPS: Array<(tx: Db, ctx: SeedContext) => Promise<void>> = [
  seedTermbase,
  seedGuidelines,
  seedAssets,
  seedCampaigns,
  seedResults,
];

export async function seedDemo(prisma: PrismaClient): Promise<"seeded" | "skipped"> {
  if ((await prisma.user.count()) > 0) return "skipped";
  await prisma.$transaction(
    async (tx) => {
      const ctx = await seedFoundation(tx);
      for (const step of STEPS) await step(tx, ctx);
      await recordAudit({ action: "workspace.seed", entityType: "workspace", meta: { demo: true } }, tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return "seeded";
}
