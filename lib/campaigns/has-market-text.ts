// Whether variants of some blocks already hold market text: such blocks (or their touchpoint)
// are not deleted from a published campaign.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Locked blocks only hold the copied source, so they do not count as market text. */
export async function hasMarketText(db: Db, blockWhere: Prisma.BlockWhereInput): Promise<boolean> {
  const written = await db.variantBlock.count({ where: { targetText: { not: "" }, block: { ...blockWhere, policy: { not: "locked" } } } });
  return written > 0;
}
