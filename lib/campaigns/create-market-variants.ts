// Creates (or revives, when a removed market comes back) one variant per market and locale with
// one VariantBlock per block. Runs inside the caller's transaction (publish, add market); uses
// createMany so publishing to 50 markets × 200 blocks stays a handful of statements.
import type { Db } from "@/lib/db";
import { emit } from "@/lib/events/emit";

export interface VariantCampaign {
  id: string;
  name: string;
  dueDate: Date | null;
  prefillTargets: boolean;
}

export interface VariantMarket {
  id: string;
  code: string;
  locales: string[];
  leadId: string | null;
}

export interface CreatedVariant {
  id: string;
  marketId: string;
  market: string;
  locale: string;
  assigneeId: string | null;
}

/** The text a new variant block starts with: locked blocks are copied, others per prefillTargets. */
export function initialTargetText(block: { policy: string; sourceText: string }, prefillTargets: boolean): string {
  return block.policy === "locked" || prefillTargets ? block.sourceText : "";
}

export async function createMarketVariants(
  tx: Db,
  campaign: VariantCampaign,
  markets: readonly VariantMarket[],
): Promise<CreatedVariant[]> {
  if (markets.length === 0) return [];
  const blocks = await tx.block.findMany({
    where: { touchpoint: { campaignId: campaign.id } },
    select: { id: true, sourceVersion: true },
  });
  const existing = await tx.variant.findMany({
    where: { campaignId: campaign.id, marketId: { in: markets.map((m) => m.id) } },
    select: { id: true, marketId: true, locale: true, assigneeId: true },
  });
  const existingKey = new Map(existing.map((v) => [`${v.marketId}|${v.locale}`, v]));
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));

  const toCreate = markets.flatMap((m) =>
    m.locales
      .filter((locale) => !existingKey.has(`${m.id}|${locale}`))
      .map((locale) => ({
        campaignId: campaign.id,
        marketId: m.id,
        locale,
        assigneeId: m.leadId,
        dueDate: campaign.dueDate,
      })),
  );
  const created = toCreate.length
    ? await tx.variant.createManyAndReturn({ data: toCreate, select: { id: true, marketId: true, locale: true, assigneeId: true } })
    : [];
  const revived = existing.filter((v) => markets.some((m) => m.id === v.marketId && m.locales.includes(v.locale)));
  if (revived.length) {
    await tx.variant.updateMany({
      where: { id: { in: revived.map((v) => v.id) } },
      data: { state: "draft", archivedAt: null },
    });
    // Blocks the revived variant is based on an older source of are outdated; its text stays.
    for (const block of blocks) {
      await tx.variantBlock.updateMany({
        where: { blockId: block.id, variantId: { in: revived.map((v) => v.id) }, basedOnSourceVersion: { lt: block.sourceVersion } },
        data: { outdated: true },
      });
    }
  }
  const all = [...created, ...revived];
  // One INSERT … SELECT builds every variant block in the database: createMany sends 10,000
  // rows of parameters for 50 markets × 200 blocks, which takes seconds on PGlite.
  if (all.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "VariantBlock" ("id", "variantId", "blockId", "targetText", "assetId", "basedOnSourceVersion", "updatedAt")
      SELECT 'vb' || replace(gen_random_uuid()::text, '-', ''), v.id, b."id",
             CASE WHEN b."policy" = 'locked' OR ${campaign.prefillTargets} THEN b."sourceText" ELSE '' END,
             b."assetId", b."sourceVersion", now()
      FROM "Block" b
      JOIN "Touchpoint" t ON t."id" = b."touchpointId"
      CROSS JOIN unnest(${all.map((v) => v.id)}::text[]) AS v(id)
      WHERE t."campaignId" = ${campaign.id}
      ON CONFLICT ("variantId", "blockId") DO NOTHING`;
  }
  const result = all.map((v) => ({ ...v, market: codeOf.get(v.marketId)! }));
  if (result.length > 0) {
    await emit(tx, {
      type: "variants.created",
      payload: {
        campaignId: campaign.id,
        campaignName: campaign.name,
        variants: result.map((v) => ({ id: v.id, market: v.market, locale: v.locale, assigneeId: v.assigneeId })),
      },
    });
  }
  return result;
}

/** Archives the campaign's variants in these markets (their text is kept). */
export async function archiveMarketVariants(tx: Db, campaignId: string, marketIds: readonly string[], at: Date) {
  if (marketIds.length === 0) return 0;
  const { count } = await tx.variant.updateMany({
    where: { campaignId, marketId: { in: [...marketIds] }, state: { not: "archived" } },
    data: { state: "archived", archivedAt: at },
  });
  return count;
}
