// A market-specific term must name an existing market.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function checkTermMarkets(tx: Db, marketIds: Array<string | null>): Promise<void> {
  const ids = [...new Set(marketIds.filter((m): m is string => !!m))];
  if (ids.length === 0) return;
  const found = await tx.market.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new AppError("TERM_MARKET_UNKNOWN", { status: 422, details: { marketIds: ids } });
}
