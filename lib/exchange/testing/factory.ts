// Test/bench factory for exchange: a published campaign with touchpoints and blocks and one
// variant per market, written directly with Prisma; plus users with market memberships.
import { hash } from "bcryptjs";
import { loadActor } from "@/lib/auth/load-actor";
import type { Db } from "@/lib/db";
import type { BlockPolicy, Role, VariantState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";

export interface ExchangeBlockSpec {
  key: string;
  type?: string;
  policy?: BlockPolicy;
  source?: string;
  maxLength?: number | null;
  notes?: string;
  /** Target per market code. */
  targets?: Record<string, string>;
}

export interface ExchangeFixtureOptions {
  name?: string;
  markets: Array<{ code: string; locale?: string; state?: VariantState; assigneeId?: string | null }>;
  touchpoints?: Array<{ name: string; channel?: string; blocks: ExchangeBlockSpec[] }>;
}

export const EXCHANGE_BLOCKS: ExchangeBlockSpec[] = [
  { key: "headline", type: "headline", policy: "adapt", source: "Save {percent} today, {firstName}", maxLength: 60, notes: "Keep it short & punchy <no emoji>" },
  { key: "body", type: "body", policy: "translate", source: "You have {count, plural, one {# offer} other {# offers}} waiting." },
  { key: "legal", type: "legal", policy: "locked", source: "Terms apply." },
  { key: "cta", type: "cta", policy: "translate", source: "Shop now" },
];

export async function createExchangeFixture(db: Db, options: ExchangeFixtureOptions) {
  const campaign = await db.campaign.create({
    data: { name: options.name ?? "Exchange spring", status: "published", channels: ["email"], publishedAt: new Date() },
  });
  const touchpoints = options.touchpoints ?? [{ name: "Launch email", channel: "email", blocks: EXCHANGE_BLOCKS }];
  const blocks: Array<{ id: string; key: string; spec: ExchangeBlockSpec }> = [];
  for (const [tpPos, tp] of touchpoints.entries()) {
    const touchpoint = await db.touchpoint.create({
      data: { campaignId: campaign.id, channel: tp.channel ?? "email", name: tp.name, position: tpPos },
    });
    for (const [position, spec] of tp.blocks.entries()) {
      const block = await db.block.create({
        data: {
          touchpointId: touchpoint.id,
          key: spec.key,
          type: spec.type ?? "body",
          policy: spec.policy ?? "translate",
          position,
          sourceText: spec.source ?? "",
          maxLength: spec.maxLength ?? null,
          notes: spec.notes ?? "",
        },
      });
      blocks.push({ id: block.id, key: spec.key, spec });
    }
  }
  const variants: Record<string, { id: string; marketId: string; locale: string }> = {};
  for (const m of options.markets) {
    const market = await db.market.findUniqueOrThrow({ where: { code: m.code } });
    await db.campaignMarket.create({ data: { campaignId: campaign.id, marketId: market.id } });
    const variant = await db.variant.create({
      data: {
        campaignId: campaign.id,
        marketId: market.id,
        locale: m.locale ?? market.locales[0]!,
        state: m.state ?? "draft",
        assigneeId: m.assigneeId ?? null,
      },
    });
    await db.variantBlock.createMany({
      data: blocks.map((b) => ({
        variantId: variant.id,
        blockId: b.id,
        targetText: b.spec.policy === "locked" ? (b.spec.source ?? "") : (b.spec.targets?.[m.code] ?? ""),
      })),
    });
    variants[m.code] = { id: variant.id, marketId: market.id, locale: variant.locale };
  }
  return { campaignId: campaign.id, blocks, variants };
}

let userCount = 0;

/** A user with the role and memberships, loaded as an Actor. */
export async function createExchangeActor(db: Db, role: Role, marketCodes: string[] = []): Promise<Actor> {
  userCount++;
  const user = await db.user.create({
    data: {
      email: `exchange-${role}-${userCount}-${Date.now()}@meridian.test`,
      name: `Exchange ${role} ${userCount}`,
      passwordHash: await hash("unused-password", 4),
      role,
    },
  });
  for (const code of marketCodes) {
    const market = await db.market.findUniqueOrThrow({ where: { code } });
    await db.membership.create({ data: { userId: user.id, marketId: market.id } });
  }
  return (await loadActor(user.id))!;
}
