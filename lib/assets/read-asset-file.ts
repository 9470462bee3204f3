// The bytes of an asset version (or its thumbnail) for a download, after the same visibility
// check as the asset itself. When the store can sign download URLs (S3), a download (an
// attachment) is not read at all: the caller redirects to a short-lived signed URL instead, so
// large files never pass through the app. What a page shows inline (thumbnails, image and video
// previews) is streamed: the pages' CSP allows images and media from this origin only.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canSeeAsset } from "@/lib/permissions/assets";
import { requireVisible } from "@/lib/permissions/require";
import { contentDisposition } from "@/lib/http/download-response";
import { getAssetStorage } from "./storage/asset-storage";

export interface ReadAssetFileInput {
  assetId: string;
  version?: number | null;
  thumbnail?: boolean;
  /** Show images and video in the browser rather than download them (documents always download). */
  inline?: boolean;
}

export async function readAssetFile(actor: Actor, input: ReadAssetFileInput) {
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
  const meta = {
    mimeType: input.thumbnail ? "image/webp" : version.mimeType,
    fileName: input.thumbnail ? `${version.fileName}.thumb.webp` : version.fileName,
    sha256: version.sha256,
    version: version.version,
  };
  const storage = getAssetStorage();
  const inline = input.thumbnail || (input.inline && /^(image|video)\//.test(meta.mimeType));
  if (storage.downloadUrl && !inline) {
    const redirectUrl = await storage.downloadUrl(key, {
      contentType: meta.mimeType,
      contentDisposition: contentDisposition(meta.fileName, "attachment"),
    });
    return { ...meta, redirectUrl, bytes: undefined };
  }
  return { ...meta, redirectUrl: undefined, bytes: await storage.get(key) };
}
