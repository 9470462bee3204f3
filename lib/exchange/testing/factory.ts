// Test/bench factory for exchange: the variants factory's published campaign, with its variants
// keyed by market code; plus users with market memberships.
import { hash } from "bcryptjs";
import { loadActor } from "@/lib/auth/load-actor";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";
import { createVariantFixture, type FactoryBlock, type FactoryOptions } from "@/lib/variants/testing/variant-factory";

export const EXCHANGE_BLOCKS: FactoryBlock[] = [
  { key: "headline", type: "headline", policy: "adapt", source: "Save {percent} today, {firstName}", maxLength: 60, notes: "Keep it short & punchy <no emoji>" },
  { key: "body", type: "body", policy: "translate", source: "You have {count, plural, one {# offer} other {# offers}} waiting." },
  { key: "legal", type: "legal", policy: "locked", source: "Terms apply." },
  { key: "cta", type: "cta", policy: "translate", source: "Shop now" },
];

export async function createExchangeFixture(db: Db, options: FactoryOptions) {
  const { campaign, blocks, variants } = await createVariantFixture(db, {
    ...options,
    name: options.name ?? "Exchange spring",
    touchpoints: options.touchpoints ?? [{ name: "Launch email", blocks: EXCHANGE_BLOCKS }],
  });
  return { campaignId: campaign.id, blocks, variants: Object.fromEntries(options.markets.map((m, i) => [m.code, variants[i]!])) };
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
