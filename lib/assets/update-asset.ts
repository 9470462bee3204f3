// Metadata and usage rights. Status (approve, retire) is an HQ brand decision; a regional
// marketer may edit the texts of their market's alternate but not widen its markets.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canEditAsset, canSeeAsset, canSetAssetStatus } from "@/lib/permissions/assets";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { updateAssetSchema } from "./asset.schemas";

export const updateAsset = defineOperation({
  name: "asset.update",
  input: updateAssetSchema,
  // Role level only: another market's asset answers 404 before this asset's rules answer 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const before = await tx.asset.findUnique({ where: { id: data.id } });
    if (!before) throw notFound();
    requireVisible(canSeeAsset(actor, before));
    requireAllowed(canEditAsset(actor, before));
    if (data.status !== undefined && data.status !== before.status) requireAllowed(canSetAssetStatus(actor));
    let allowedMarketIds = data.allowedMarketIds;
    if (before.marketId) allowedMarketIds = undefined; // an alternate belongs to its market
    else if (allowedMarketIds !== undefined) requireAllowed(canSetAssetStatus(actor));
    if (allowedMarketIds?.length) {
      const found = await tx.market.count({ where: { id: { in: allowedMarketIds } } });
      if (found !== allowedMarketIds.length) throw new AppError("MARKET_NOT_FOUND", { status: 422 });
    }
    const after = await tx.asset.update({
      where: { id: before.id },
      data: {
        title: data.title,
        description: data.description,
        tags: data.tags,
        status: data.status,
        allowedMarketIds,
        rightsExpireAt: data.rightsExpireAt,
      },
    });
    const pick = (a: typeof before) => ({
      title: a.title,
      description: a.description,
      tags: a.tags,
      status: a.status,
      allowedMarketIds: a.allowedMarketIds,
      rightsExpireAt: a.rightsExpireAt,
    });
    await recordAudit(
      {
        actor,
        action: after.status !== before.status ? `asset.${after.status === "retired" ? "retire" : after.status === "approved" ? "approve" : "update"}` : "asset.update",
        entityType: "asset",
        entityId: after.id,
        marketId: after.marketId,
        before: pick(before),
        after: pick(after),
      },
      tx,
    );
    return after;
  },
});
