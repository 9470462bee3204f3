// A guideline item's market must exist (marketId has no foreign key so global items stay null).
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function requireMarket(tx: Db, marketId: string | null): Promise<void> {
  if (!marketId) return;
  const market = await tx.market.findUnique({ where: { id: marketId }, select: { id: true } });
  if (!market) throw new AppError("MARKET_NOT_FOUND", { status: 422, details: { marketId } });
}
