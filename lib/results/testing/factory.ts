// Test/bench factory: campaigns published to markets with variants and variant blocks, written
// directly with Prisma so results and dashboard tests do not depend on the campaigns workflow.
import type { Db } from "@/lib/db";
import type { VariantState } from "@/lib/generated/prisma/enums";

export interface FactoryVariant {
  marketId: string;
  locale?: string;
  state?: VariantState;
  dueDate?: Date | null;
  approvedAt?: Date | null;
  errorCount?: number;
  warningCount?: number;
  assigneeId?: string | null;
  /** Block texts; "" = not done. Defaults to every block done. */
  texts?: string[];
  outdated?: number;
  /** Asset id on the first variant block. */
  assetId?: string | null;
}

export async function createFactoryCampaign(
  db: Db,
  input: {
    name: string;
    status?: "draft" | "published" | "archived";
    channels?: string[];
    ownerId?: string | null;
    publishedAt?: Date | null;
    startDate?: Date | null;
    endDate?: Date | null;
    dueDate?: Date | null;
    blocks?: number;
    variants: FactoryVariant[];
  },
) {
  const blockCount = input.blocks ?? 2;
  const campaign = await db.campaign.create({
    data: {
      name: input.name,
      status: input.status ?? "published",
      channels: input.channels ?? ["email"],
      ownerId: input.ownerId ?? null,
      publishedAt: input.publishedAt === undefined ? new Date("2026-09-01T00:00:00Z") : input.publishedAt,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      dueDate: input.dueDate ?? null,
      markets: { create: [...new Set(input.variants.map((v) => v.marketId))].map((marketId) => ({ marketId })) },
      touchpoints: {
        create: [{ channel: input.channels?.[0] ?? "email", name: "Touchpoint", blocks: { create: Array.from({ length: blockCount }, (_, i) => ({ key: `b${i}`, type: "body", position: i, sourceText: `Source ${i}` })) } }],
      },
    },
    select: { id: true, touchpoints: { select: { blocks: { select: { id: true }, orderBy: { position: "asc" } } } } },
  });
  const blockIds = campaign.touchpoints[0]!.blocks.map((b) => b.id);
  const variants = [];
  for (const v of input.variants) {
    const variant = await db.variant.create({
      data: {
        campaignId: campaign.id,
        marketId: v.marketId,
        locale: v.locale ?? "xx-XX",
        state: v.state ?? "draft",
        dueDate: v.dueDate === undefined ? input.dueDate ?? null : v.dueDate,
        approvedAt: v.approvedAt ?? null,
        errorCount: v.errorCount ?? 0,
        warningCount: v.warningCount ?? 0,
        assigneeId: v.assigneeId ?? null,
      },
      select: { id: true, marketId: true },
    });
    const texts = v.texts ?? blockIds.map(() => "done");
    await db.variantBlock.createMany({
      data: blockIds.map((blockId, i) => ({
        variantId: variant.id,
        blockId,
        targetText: texts[i] ?? "",
        outdated: i < (v.outdated ?? 0),
        assetId: i === 0 ? v.assetId ?? null : null,
      })),
    });
    variants.push(variant);
  }
  return { id: campaign.id, variants };
}
