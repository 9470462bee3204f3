// Deletes a block. On a published campaign a block whose variants already hold market text is
// kept (BLOCK_HAS_TRANSLATIONS): nothing the markets wrote may be lost.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { blockIdSchema, touchpointIdSchema } from "./campaign.schemas";
import { loadBlock, loadTouchpoint } from "./load-campaign";

/** Locked blocks only hold the copied source, so they do not count as market text. */
async function hasMarketText(db: Db, blockWhere: Prisma.BlockWhereInput): Promise<boolean> {
  const written = await db.variantBlock.count({ where: { targetText: { not: "" }, block: { ...blockWhere, policy: { not: "locked" } } } });
  return written > 0;
}

export async function deleteBlock(actor: Actor, input: unknown, tx?: Db): Promise<{ id: string }> {
  const { blockId } = blockIdSchema.parse(input);
  const run = async (db: Db) => {
    const block = await loadBlock(actor, blockId, "edit", db);
    if (block.touchpoint.campaign.status !== "draft" && (await hasMarketText(db, { id: blockId }))) {
      throw new AppError("BLOCK_HAS_TRANSLATIONS", { status: 409 });
    }
    await db.block.delete({ where: { id: blockId } });
    await recordAudit({ actor, action: "block.delete", entityType: "block", entityId: blockId, before: { key: block.key, sourceText: block.sourceText } }, db);
    return { id: blockId };
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}

export async function deleteTouchpoint(actor: Actor, input: unknown, tx?: Db): Promise<{ id: string }> {
  const { touchpointId } = touchpointIdSchema.parse(input);
  const run = async (db: Db) => {
    const tp = await loadTouchpoint(actor, touchpointId, "edit", db);
    if (tp.campaign.status !== "draft" && (await hasMarketText(db, { touchpointId }))) {
      throw new AppError("BLOCK_HAS_TRANSLATIONS", { status: 409 });
    }
    await db.touchpoint.delete({ where: { id: touchpointId } });
    await recordAudit({ actor, action: "touchpoint.delete", entityType: "touchpoint", entityId: touchpointId, before: { name: tp.name, channel: tp.channel } }, db);
    return { id: touchpointId };
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}
