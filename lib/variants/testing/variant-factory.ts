// Test/bench factory: a campaign with one touchpoint and its blocks, published to markets as
// variants, written directly with Prisma (independent of the campaigns feature's code).
import type { Db } from "@/lib/db";
import type { BlockPolicy, VariantState } from "@/lib/generated/prisma/enums";

export interface FactoryBlock {
  key: string;
  type?: string;
  policy?: BlockPolicy;
  sourceText?: string;
  maxLength?: number | null;
  assetId?: string | null;
  targetText?: string;
}

export interface FactoryOptions {
  name?: string;
  markets: Array<{ code: string; locale?: string; assigneeEmail?: string; state?: VariantState; dueDate?: Date | null }>;
  blocks?: FactoryBlock[];
  channel?: string;
  requiresBrandSignoff?: boolean;
}

export const DEFAULT_BLOCKS: FactoryBlock[] = [
  { key: "headline", type: "headline", policy: "adapt", sourceText: "Save {percent} today", maxLength: 40 },
  { key: "body", type: "body", policy: "translate", sourceText: "Hello {firstName}, our spring sale starts now." },
  { key: "legal", type: "legal", policy: "locked", sourceText: "Terms apply." },
  { key: "promo", type: "body", policy: "optional", sourceText: "Free shipping on all orders." },
];

export async function createVariantFixture(db: Db, options: FactoryOptions) {
  const campaign = await db.campaign.create({
    data: {
      name: options.name ?? "Spring sale",
      status: "published",
      channels: [options.channel ?? "email"],
      requiresBrandSignoff: options.requiresBrandSignoff ?? false,
      publishedAt: new Date(),
    },
  });
  const touchpoint = await db.touchpoint.create({
    data: { campaignId: campaign.id, channel: options.channel ?? "email", name: "Launch email" },
  });
  const specs = options.blocks ?? DEFAULT_BLOCKS;
  const blocks = [];
  for (const [position, spec] of specs.entries()) {
    blocks.push(
      await db.block.create({
        data: {
          touchpointId: touchpoint.id,
          key: spec.key,
          type: spec.type ?? "body",
          policy: spec.policy ?? "translate",
          position,
          sourceText: spec.sourceText ?? "",
          maxLength: spec.maxLength ?? null,
          assetId: spec.assetId ?? null,
        },
      }),
    );
  }
  const variants = [];
  for (const m of options.markets) {
    const market = await db.market.findUniqueOrThrow({ where: { code: m.code } });
    await db.campaignMarket.upsert({
      where: { campaignId_marketId: { campaignId: campaign.id, marketId: market.id } },
      create: { campaignId: campaign.id, marketId: market.id },
      update: {},
    });
    const assignee = m.assigneeEmail ? await db.user.findUniqueOrThrow({ where: { email: m.assigneeEmail } }) : null;
    const variant = await db.variant.create({
      data: {
        campaignId: campaign.id,
        marketId: market.id,
        locale: m.locale ?? market.locales[0]!,
        state: m.state ?? "draft",
        assigneeId: assignee?.id ?? null,
        dueDate: m.dueDate ?? null,
      },
    });
    await db.variantBlock.createMany({
      data: blocks.map((b, i) => ({
        variantId: variant.id,
        blockId: b.id,
        targetText: specs[i]!.targetText ?? (b.policy === "locked" ? b.sourceText : ""),
      })),
    });
    variants.push(variant);
  }
  return { campaign, touchpoint, blocks, variants };
}
