// Turns uploaded bytes into a stored file: size limit, type sniffing, SHA-256, thumbnail and
// pixel size for images. Storage keys are generated; the original name is only sanitized.
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sanitizeFileName } from "./file-names";
import { makeThumbnail } from "./make-thumbnail";
import { sniffFile, type AssetKind } from "./sniff-file";
import { getAssetStorage } from "./storage/asset-storage";

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export interface StoredFile {
  kind: AssetKind;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
  width: number | null;
  height: number | null;
}

export function maxUploadBytes(): number {
  return Math.floor(env().MAX_UPLOAD_MB * 1024 * 1024);
}

export async function storeAssetFile(file: UploadedFile): Promise<StoredFile> {
  const limit = maxUploadBytes();
  if (file.bytes.length === 0) throw new AppError("UPLOAD_EMPTY", { status: 422 });
  if (file.bytes.length > limit) throw new AppError("PAYLOAD_TOO_LARGE", { details: { limitBytes: limit } });
  const sniffed = await sniffFile(file.bytes, file.name);
  const thumb = sniffed.kind === "image" ? await makeThumbnail(file.bytes) : null;
  const id = randomBytes(12).toString("hex");
  const storageKey = `${id.slice(0, 2)}/${id}.${sniffed.extension}`;
  const thumbnailKey = thumb ? `${id.slice(0, 2)}/${id}.thumb.webp` : null;
  const storage = getAssetStorage();
  await storage.put(storageKey, file.bytes, sniffed.mimeType);
  if (thumb && thumbnailKey) await storage.put(thumbnailKey, thumb.thumbnail, "image/webp");
  return {
    kind: sniffed.kind,
    fileName: sanitizeFileName(file.name, `file.${sniffed.extension}`),
    mimeType: sniffed.mimeType,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    storageKey,
    thumbnailKey,
    width: thumb?.width ?? null,
    height: thumb?.height ?? null,
  };
}

/** Best-effort clean-up when the database write after a store fails. */
export async function discardStoredFile(stored: StoredFile): Promise<void> {
  const storage = getAssetStorage();
  await storage.delete(stored.storageKey).catch(() => undefined);
  if (stored.thumbnailKey) await storage.delete(stored.thumbnailKey).catch(() => undefined);
}

export function versionData(stored: StoredFile) {
  const { kind: _kind, ...rest } = stored;
  void _kind;
  return rest;
}
