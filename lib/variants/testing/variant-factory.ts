// Test/bench factory: a published campaign with touchpoints and blocks, published to markets as
// variants, written directly with Prisma (independent of the campaigns feature's code).
import type { Db } from "@/lib/db";
import type { BlockPolicy, VariantState } from "@/lib/generated/prisma/enums";

export interface FactoryBlock {
  key: string;
  type?: string;
  policy?: BlockPolicy;
  source?: string;
  maxLength?: number | null;
  notes?: string;
  assetId?: string | null;
  /** Target per market code; locked blocks always carry the source. */
  targets?: Record<string, string>;
}

export interface FactoryOptions {
  name?: string;
  markets: Array<{ code: string; locale?: string; state?: VariantState; assigneeId?: string | null; assigneeEmail?: string; dueDate?: Date | null }>;
  /** Default: one "Launch email" with DEFAULT_BLOCKS. */
  touchpoints?: Array<{ name: string; channel?: string; blocks: FactoryBlock[] }>;
  requiresBrandSignoff?: boolean;
}

export const DEFAULT_BLOCKS: FactoryBlock[] = [
  { key: "headline", type: "headline", policy: "adapt", source: "Save {percent} today", maxLength: 40 },
  { key: "body", type: "body", policy: "translate", source: "Hello {firstName}, our spring sale starts now." },
  { key: "legal", type: "legal", policy: "locked", source: "Terms apply." },
  { key: "promo", type: "body", policy: "optional", source: "Free shipping on all orders." },
];

export async function createVariantFixture(db: Db, options: FactoryOptions) {
  const touchpoints = options.touchpoints ?? [{ name: "Launch email", blocks: DEFAULT_BLOCKS }];
  const campaign = await db.campaign.create({
    data: {
      name: options.name ?? "Spring sale",
      status: "published",
      channels: [...new Set(touchpoints.map((tp) => tp.channel ?? "email"))],
      requiresBrandSignoff: options.requiresBrandSignoff ?? false,
      publishedAt: new Date(),
    },
  });
  const blocks = [];
  const specs: FactoryBlock[] = [];
  for (const [tpPosition, tp] of touchpoints.entries()) {
    const touchpoint = await db.touchpoint.create({
      data: { campaignId: campaign.id, channel: tp.channel ?? "email", name: tp.name, position: tpPosition },
    });
    for (const [position, spec] of tp.blocks.entries()) {
      blocks.push(
        await db.block.create({
          data: {
            touchpointId: touchpoint.id,
            key: spec.key,
            type: spec.type ?? "body",
            policy: spec.policy ?? "translate",
            position,
            sourceText: spec.source ?? "",
            maxLength: spec.maxLength ?? null,
            notes: spec.notes ?? "",
            assetId: spec.assetId ?? null,
          },
        }),
      );
      specs.push(spec);
    }
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
        assigneeId: assignee?.id ?? m.assigneeId ?? null,
        dueDate: m.dueDate ?? null,
      },
    });
    await db.variantBlock.createMany({
      data: blocks.map((b, i) => ({
        variantId: variant.id,
        blockId: b.id,
        targetText: b.policy === "locked" ? b.sourceText : (specs[i]!.targets?.[m.code] ?? ""),
      })),
    });
    variants.push(variant);
  }
  return { campaign, blocks, variants };
}
