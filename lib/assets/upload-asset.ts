// A new asset (HQ brand) or a market alternate of an existing one (HQ brand, or a regional
// marketer of that market). The file is stored first, then the asset, its version 1 and the
// audit event are written in one transaction; a failed write removes the stored file again.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canSeeAsset, canSetAssetStatus, canUploadAlternate, canUploadAsset } from "@/lib/permissions/assets";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { assetMetaSchema } from "./asset.schemas";
import { discardStoredFile, storeAssetFile, versionData, type UploadedFile } from "./store-asset-file";

export async function uploadAsset(actor: Actor | null, input: { meta: unknown; file: UploadedFile }, tx?: Db) {
  const meta = assetMetaSchema.parse(input.meta);
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
    return tx ? await run(tx) : await (await getDb()).$transaction(run);
  } catch (error) {
    await discardStoredFile(stored);
    throw error;
  }
}
