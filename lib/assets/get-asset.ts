// One asset with its version history and the alternates the actor may see.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canEditAsset, canSeeAsset, canSetAssetStatus, canUploadAlternate } from "@/lib/permissions/assets";
import { requireVisible } from "@/lib/permissions/require";
import { assetFlags } from "./asset-flags";

export async function getAsset(actor: Actor, id: string) {
  const db = await getDb();
  const asset = await db.asset.findUnique({
    where: { id },
    include: {
      versions: { orderBy: { version: "desc" } },
      alternates: { include: { versions: { orderBy: { version: "desc" }, take: 1 } }, orderBy: { createdAt: "asc" } },
      alternateOf: { select: { id: true, title: true, allowedMarketIds: true, marketId: true } },
    },
  });
  if (!asset) throw notFound();
  requireVisible(canSeeAsset(actor, asset));
  const uploaderIds = [...new Set(asset.versions.map((v) => v.uploadedById).filter((v): v is string => !!v))];
  const uploaders = uploaderIds.length
    ? await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(uploaders.map((u) => [u.id, u.name]));
  const alternateOf = asset.alternateOf && canSeeAsset(actor, asset.alternateOf) ? { id: asset.alternateOf.id, title: asset.alternateOf.title } : null;
  return {
    ...asset,
    alternateOf,
    versions: asset.versions.map((v) => ({ ...v, uploadedByName: v.uploadedById ? (names.get(v.uploadedById) ?? null) : null })),
    alternates: asset.alternates
      .filter((a) => canSeeAsset(actor, a))
      .map((a) => ({ ...a, current: a.versions[0] ?? null, flags: assetFlags(a) })),
    flags: assetFlags(asset),
    can: {
      edit: canEditAsset(actor, asset),
      setStatus: canSetAssetStatus(actor),
      uploadAlternateFor: actor.marketIds.filter((m) => canUploadAlternate(actor, m)),
      uploadAlternateAnyMarket: !asset.alternateOfId && canSetAssetStatus(actor),
    },
  };
}
export type AssetDetail = Awaited<ReturnType<typeof getAsset>>;
