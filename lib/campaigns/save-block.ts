// Creates or updates one content block. Placeholders are validated on save (PLACEHOLDER_INVALID
// points at line and column). On a published campaign a new block reaches every live variant,
// and a changed source creates a new BlockSourceVersion and marks older variant blocks outdated.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import type { Actor } from "@/lib/permissions/actor";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { saveBlockSchema } from "./campaign.schemas";
import { sourceProblem } from "./campaign-definition";
import { initialTargetText } from "./create-market-variants";
import { loadBlock, loadTouchpoint } from "./load-campaign";
import { markVariantsOutdated } from "./mark-variants-outdated";

export interface SavedBlock {
  id: string;
  sourceVersion: number;
  outdatedVariantIds: string[];
}

export const saveBlock = defineOperation({
  name: "block.save",
  input: saveBlockSchema,
  authorize: canCreateCampaign,
  transaction: { timeout: 30_000 },
  run: async ({ actor, input: data, tx }): Promise<SavedBlock> => {
    const sourceText = data.type === "image" ? "" : data.sourceText;
    const invalid = sourceProblem(data.type, sourceText, "sourceText");
    if (invalid) {
      throw new AppError("PLACEHOLDER_INVALID", {
        status: 422,
        message: invalid.message,
        details: { field: "sourceText", line: invalid.line, column: invalid.column, message: invalid.message },
      });
    }
    const fields = {
      key: data.key,
      type: data.type,
      policy: data.policy,
      sourceText,
      maxLength: data.maxLength ?? null,
      notes: data.notes,
      assetId: data.type === "image" ? (data.assetId ?? null) : null,
    };
    try {
      return data.blockId ? await update(tx, actor, data.blockId, data.touchpointId, fields) : await create(tx, actor, data.touchpointId, fields);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("BLOCK_KEY_TAKEN", { status: 409, details: { key: data.key } });
      throw error;
    }
  },
});

/** A block's stored fields (a copy takes the same ones). */
export interface BlockFields {
  key: string;
  type: string;
  policy: "locked" | "translate" | "adapt" | "optional";
  sourceText: string;
  maxLength: number | null;
  notes: string;
  assetId: string | null;
}

async function create(db: Db, actor: Actor, touchpointId: string, fields: BlockFields): Promise<SavedBlock> {
  const tp = await loadTouchpoint(actor, touchpointId, "edit", db);
  const last = await db.block.findFirst({ where: { touchpointId }, orderBy: { position: "desc" }, select: { position: true } });
  const block = await db.block.create({ data: { ...fields, touchpointId, position: (last?.position ?? -1) + 1 }, select: { id: true, sourceVersion: true } });
  if (tp.campaign.status === "published") {
    await db.blockSourceVersion.create({ data: { blockId: block.id, version: 1, sourceText: fields.sourceText, assetId: fields.assetId, createdById: actor.id } });
    const variants = await db.variant.findMany({ where: { campaignId: tp.campaignId, state: { not: "archived" } }, select: { id: true } });
    await db.variantBlock.createMany({
      data: variants.map((v) => ({
        variantId: v.id,
        blockId: block.id,
        targetText: initialTargetText(fields, tp.campaign.prefillTargets),
        assetId: fields.assetId,
        basedOnSourceVersion: 1,
      })),
    });
  }
  await recordAudit({ actor, action: "block.create", entityType: "block", entityId: block.id, after: { ...fields, touchpointId } }, db);
  return { id: block.id, sourceVersion: block.sourceVersion, outdatedVariantIds: [] };
}

async function update(db: Db, actor: Actor, blockId: string, touchpointId: string, fields: BlockFields): Promise<SavedBlock> {
  const before = await loadBlock(actor, blockId, "edit", db);
  if (before.touchpointId !== touchpointId) throw new AppError("BLOCK_NOT_IN_TOUCHPOINT", { status: 422 });
  const published = before.touchpoint.campaign.status === "published";
  const sourceChanged = before.sourceText !== fields.sourceText || before.assetId !== fields.assetId;
  const sourceVersion = published && sourceChanged ? before.sourceVersion + 1 : before.sourceVersion;
  await db.block.update({ where: { id: blockId }, data: { ...fields, sourceVersion } });
  let outdatedVariantIds: string[] = [];
  if (sourceVersion !== before.sourceVersion) {
    await db.blockSourceVersion.create({
      data: { blockId, version: sourceVersion, sourceText: fields.sourceText, assetId: fields.assetId, createdById: actor.id },
    });
    const result = await markVariantsOutdated(db, {
      id: blockId,
      key: fields.key,
      sourceVersion,
      campaignId: before.touchpoint.campaignId,
      campaignName: before.touchpoint.campaign.name,
    });
    outdatedVariantIds = result.variantIds;
  }
  await recordAudit(
    {
      actor,
      action: "block.update",
      entityType: "block",
      entityId: blockId,
      before: { key: before.key, policy: before.policy, sourceText: before.sourceText, assetId: before.assetId, sourceVersion: before.sourceVersion },
      after: { ...fields, sourceVersion },
      meta: outdatedVariantIds.length ? { outdatedVariants: outdatedVariantIds.length } : undefined,
    },
    db,
  );
  return { id: blockId, sourceVersion, outdatedVariantIds };
}
