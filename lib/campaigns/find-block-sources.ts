// What the block editor offers to pick: assets for image blocks (flagged when retired, not
// approved or with expired rights) and blocks of other campaigns to reuse.
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { campaignWhereForActor, canCreateCampaign } from "@/lib/permissions/campaigns";
import { requireAllowed } from "@/lib/permissions/require";

export type AssetFlag = "retired" | "draft" | "rights_expired";

export function blockAssetFlags(asset: { status: string; rightsExpireAt: Date | null }, at = new Date()): AssetFlag[] {
  const flags: AssetFlag[] = [];
  if (asset.status === "retired") flags.push("retired");
  if (asset.status === "draft") flags.push("draft");
  if (asset.rightsExpireAt && asset.rightsExpireAt.getTime() < at.getTime()) flags.push("rights_expired");
  return flags;
}

export async function findBlockAssets(actor: Actor, options: { q?: string } = {}, tx?: Db) {
  requireAllowed(canCreateCampaign(actor));
  const db = tx ?? (await getDb());
  const assets = await db.asset.findMany({
    where: { alternateOfId: null, ...(options.q ? { title: { contains: options.q, mode: "insensitive" } } : {}) },
    orderBy: { title: "asc" },
    take: 200,
    select: { id: true, title: true, kind: true, status: true, rightsExpireAt: true },
  });
  return assets.map((a) => ({ ...a, flags: blockAssetFlags(a) }));
}

export async function findReusableBlocks(actor: Actor, options: { q?: string; excludeCampaignId?: string } = {}, tx?: Db) {
  requireAllowed(canCreateCampaign(actor));
  const db = tx ?? (await getDb());
  return db.block.findMany({
    where: {
      touchpoint: {
        campaign: { ...campaignWhereForActor(actor), ...(options.excludeCampaignId ? { id: { not: options.excludeCampaignId } } : {}) },
      },
      ...(options.q ? { OR: [{ sourceText: { contains: options.q, mode: "insensitive" } }, { key: { contains: options.q, mode: "insensitive" } }] } : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      id: true,
      key: true,
      type: true,
      policy: true,
      sourceText: true,
      touchpoint: { select: { name: true, channel: true, campaign: { select: { id: true, name: true } } } },
    },
  });
}
