// Create or update a market (admin). The code is the market's identity in the API ("DE").
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError, isUniqueViolation, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canManageMarkets } from "@/lib/permissions/workspace";
import { marketSchema, updateMarketSchema } from "./market.schemas";

export async function createMarket(actor: Actor | null, input: unknown) {
  if (actor) requireAllowed(canManageMarkets(actor));
  const data = marketSchema.parse(input);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const market = await tx.market.create({ data });
      await recordAudit({ actor, action: "market.create", entityType: "market", entityId: market.id, after: data }, tx);
      return market;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("MARKET_CODE_TAKEN", { status: 409 });
    throw error;
  }
}

export async function updateMarket(actor: Actor, input: unknown) {
  requireAllowed(canManageMarkets(actor));
  const { id, archived, ...data } = updateMarketSchema.parse(input);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.market.findUnique({ where: { id } });
      if (!before) throw notFound();
      const after = await tx.market.update({
        where: { id },
        data: { ...data, archivedAt: archived === undefined ? undefined : archived ? new Date() : null },
      });
      await recordAudit({ actor, action: "market.update", entityType: "market", entityId: id, before, after }, tx);
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("MARKET_CODE_TAKEN", { status: 409 });
    throw error;
  }
}
