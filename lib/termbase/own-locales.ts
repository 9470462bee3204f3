import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";

/** Locales of the actor's markets, each with the market it belongs to. */
export async function ownLocales(actor: Actor, tx?: Db): Promise<Array<{ locale: string; marketId: string }>> {
  if (actor.marketIds.length === 0) return [];
  const db = tx ?? (await getDb());
  const markets = await db.market.findMany({ where: { id: { in: actor.marketIds }, archivedAt: null }, select: { id: true, locales: true } });
  return markets.flatMap((m) => m.locales.map((locale) => ({ locale, marketId: m.id })));
}
