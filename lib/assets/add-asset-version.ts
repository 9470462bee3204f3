// Uploads a new version of an asset's file; earlier versions stay downloadable (history).
import { recordAudit } from "@/lib/audit/record-audit";
import { withTransaction } from "@/lib/db";
import { AppError, notFound, versionConflict } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditAsset, canSeeAsset, mayChangeAssets } from "@/lib/permissions/assets";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { addAssetVersionSchema } from "./asset.schemas";
import { discardStoredFile, storeAssetFile, versionData } from "./store-asset-file";

export const addAssetVersion = defineOperation({
  name: "asset.new_version",
  input: addAssetVersionSchema,
  // Role level, before the upload is read; this asset's rules follow.
  authorize: mayChangeAssets,
  // The file is stored before the rows' transaction (a failed write removes it again).
  transaction: false,
  run: async ({ actor, input, tx: db, outerTx }) => {
    const asset = await db.asset.findUnique({ where: { id: input.assetId } });
    if (!asset) throw notFound();
    requireVisible(canSeeAsset(actor, asset));
    requireAllowed(canEditAsset(actor, asset));
    const stored = await storeAssetFile(input.file);
    try {
      if (stored.kind !== asset.kind) {
        throw new AppError("ASSET_KIND_MISMATCH", { status: 422, details: { expected: asset.kind, got: stored.kind } });
      }
      return await withTransaction(outerTx, async (tx) => {
        // Conditional update: two concurrent uploads cannot both claim the same version number.
        const moved = await tx.asset.updateMany({
          where: { id: asset.id, currentVersion: asset.currentVersion },
          data: { currentVersion: { increment: 1 } },
        });
        if (moved.count === 0) throw versionConflict({ yours: asset.currentVersion, current: asset.currentVersion + 1 });
        const version = await tx.assetVersion.create({
          data: { assetId: asset.id, version: asset.currentVersion + 1, ...versionData(stored), uploadedById: actor.id },
        });
        await recordAudit(
          {
            actor,
            action: "asset.new_version",
            entityType: "asset",
            entityId: asset.id,
            marketId: asset.marketId,
            before: { version: asset.currentVersion },
            after: { version: version.version, fileName: version.fileName, sha256: version.sha256, size: version.size },
          },
          tx,
        );
        return version;
      });
    } catch (error) {
      await discardStoredFile(stored);
      throw error;
    }
  },
});
