// The asset library as the actor may see it, filtered by text, tag, status, kind, market and
// rights expiry. Each row carries its current version (for thumbnails) and its flags.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { assetWhereForActor } from "@/lib/permissions/assets";
import { assetFlags, EXPIRES_SOON_DAYS } from "./asset-flags";
import { assetFilterSchema, type AssetFilter } from "./asset.schemas";

export const assetListInclude = {
  versions: { orderBy: { version: "desc" }, take: 1 },
  _count: { select: { alternates: true } },
} satisfies Prisma.AssetInclude;

export async function findAssets(actor: Actor, filterInput: AssetFilter = {}, now = new Date()) {
  const filter = assetFilterSchema.parse(filterInput);
  const and: Prisma.AssetWhereInput[] = [assetWhereForActor(actor)];
  if (filter.q) {
    and.push({
      OR: [
        { title: { contains: filter.q, mode: "insensitive" } },
        { description: { contains: filter.q, mode: "insensitive" } },
        { tags: { has: filter.q.toLowerCase() } },
      ],
    });
  }
  if (filter.tag) and.push({ tags: { has: filter.tag } });
  if (filter.status) and.push({ status: filter.status });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.market) {
    and.push({
      OR: [
        { marketId: filter.market },
        { marketId: null, allowedMarketIds: { isEmpty: true } },
        { marketId: null, allowedMarketIds: { has: filter.market } },
      ],
    });
  }
  const soon = new Date(now.getTime() + EXPIRES_SOON_DAYS * 86_400_000);
  if (filter.expiry === "expired") and.push({ rightsExpireAt: { lte: now } });
  if (filter.expiry === "expiring") and.push({ rightsExpireAt: { gt: now, lte: soon } });
  if (filter.expiry === "valid") and.push({ OR: [{ rightsExpireAt: null }, { rightsExpireAt: { gt: now } }] });
  if (filter.expiry === "none") and.push({ rightsExpireAt: null });
  if (filter.alternates === "exclude") and.push({ alternateOfId: null });
  const db = await getDb();
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.asset.findMany({
      where,
      include: assetListInclude,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: filter.limit,
      skip: filter.offset,
    }),
    db.asset.count({ where }),
  ]);
  return {
    total,
    items: rows.map((a) => ({ ...a, current: a.versions[0] ?? null, flags: assetFlags(a, { marketId: filter.market, at: now }) })),
  };
}
export type AssetListItem = Awaited<ReturnType<typeof findAssets>>["items"][number];

/** Every tag in use among the assets the actor sees (for the filter). */
export async function findAssetTags(actor: Actor): Promise<string[]> {
  const db = await getDb();
  const rows = await db.asset.findMany({ where: assetWhereForActor(actor), select: { tags: true } });
  return [...new Set(rows.flatMap((r) => r.tags))].sort();
}
