// A new asset (HQ brand) or a market alternate of an existing one (HQ brand, or a regional
// marketer of that market). The file is stored first, then the asset, its version 1 and the
// audit event are written in one transaction; a failed write removes the stored file again.
import { recordAudit } from "@/lib/audit/record-audit";
import type { z } from "zod";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { defineOperation } from "@/lib/operations/define-operation";
import { canSeeAsset, canSetAssetStatus, canUploadAlternate, canUploadAsset, mayChangeAssets } from "@/lib/permissions/assets";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { uploadAssetSchema, type UploadAssetInput } from "./asset.schemas";
import { discardStoredFile, storeAssetFile, versionData } from "./store-asset-file";

export const uploadAsset = defineOperation({
  name: "asset.upload",
  input: uploadAssetSchema,
  // Role level, before the upload is read; the alternate's market is checked in createAsset.
  authorize: mayChangeAssets,
  // The file is stored before the rows' transaction (a failed write removes it again).
  transaction: false,
  run: ({ actor, input, outerTx }) => createAsset(actor, input, outerTx),
});

/** For the seed: no actor, hence no permission checks. */
export function unsafeUploadAsset(input: UploadAssetInput, tx?: Db) {
  return createAsset(null, uploadAssetSchema.parse(input), tx);
}

async function createAsset(actor: Actor | null, input: z.output<typeof uploadAssetSchema>, tx?: Db) {
  const { meta } = input;
  const db = tx ?? (await getDb());
  let allowedMarketIds = meta.allowedMarketIds;
  let status = meta.status;
  if (meta.alternateOfId) {
    if (!meta.marketId) throw new AppError("ALTERNATE_NEEDS_MARKET", { status: 422 });
    const parent = await db.asset.findUnique({ where: { id: meta.alternateOfId } });
    if (!parent) throw notFound();
    if (actor) {
      requireVisible(canSeeAsset(actor, parent));
      requireAllowed(canUploadAlternate(actor, meta.marketId));
    }
    if (parent.alternateOfId) throw new AppError("ALTERNATE_OF_ALTERNATE", { status: 422 });
    allowedMarketIds = [meta.marketId];
  } else if (actor) {
    requireAllowed(canUploadAsset(actor));
  }
  if (actor && !canSetAssetStatus(actor)) status = "draft";
  const marketIds = [...new Set([...allowedMarketIds, ...(meta.marketId ? [meta.marketId] : [])])];
  if (marketIds.length) {
    const found = await db.market.count({ where: { id: { in: marketIds } } });
    if (found !== marketIds.length) throw new AppError("MARKET_NOT_FOUND", { status: 422 });
  }

  const stored = await storeAssetFile(input.file);
  const run = async (t: Db) => {
    const asset = await t.asset.create({
      data: {
        title: meta.title,
        description: meta.description,
        tags: meta.tags,
        kind: stored.kind,
        status,
        allowedMarketIds,
        rightsExpireAt: meta.rightsExpireAt ?? null,
        alternateOfId: meta.alternateOfId ?? null,
        marketId: meta.alternateOfId ? meta.marketId! : null,
        createdById: actor?.id ?? null,
        versions: { create: { version: 1, ...versionData(stored), uploadedById: actor?.id ?? null } },
      },
    });
    await recordAudit(
      {
        actor,
        action: meta.alternateOfId ? "asset.upload_alternate" : "asset.upload",
        entityType: "asset",
        entityId: asset.id,
        marketId: asset.marketId,
        after: { title: asset.title, status, fileName: stored.fileName, sha256: stored.sha256, size: stored.size, alternateOfId: asset.alternateOfId },
      },
      t,
    );
    return asset;
  };
  try {
    return await withTransaction(tx, run);
  } catch (error) {
    await discardStoredFile(stored);
    throw error;
  }
}
