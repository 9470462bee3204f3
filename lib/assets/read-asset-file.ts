// The bytes of an asset version (or its thumbnail) for a download, after the same visibility
// check as the asset itself.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canSeeAsset } from "@/lib/permissions/assets";
import { requireVisible } from "@/lib/permissions/require";
import { getAssetStorage } from "./storage/asset-storage";

export async function readAssetFile(actor: Actor, input: { assetId: string; version?: number | null; thumbnail?: boolean }) {
  const db = await getDb();
  const asset = await db.asset.findUnique({ where: { id: input.assetId } });
  if (!asset) throw notFound();
  requireVisible(canSeeAsset(actor, asset));
  const version = await db.assetVersion.findUnique({
    where: { assetId_version: { assetId: asset.id, version: input.version ?? asset.currentVersion } },
  });
  if (!version) throw notFound();
  const key = input.thumbnail ? version.thumbnailKey : version.storageKey;
  if (!key) throw notFound();
  const bytes = await getAssetStorage().get(key);
  return {
    bytes,
    mimeType: input.thumbnail ? "image/webp" : version.mimeType,
    fileName: input.thumbnail ? `${version.fileName}.thumb.webp` : version.fileName,
    sha256: version.sha256,
    version: version.version,
  };
}
