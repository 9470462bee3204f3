// Duplicates a block within its touchpoint, or reuses (copies) a block from any campaign the
// actor can see into a touchpoint they can edit. The copy gets a free key and lands after the
// original (duplicate) or at the end (reuse); it goes through saveBlock, so a published campaign's
// variants receive it too.
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { copyKey, insertAfter, positionUpdates } from "./block-order";
import { blockIdSchema, copyBlockSchema } from "./campaign.schemas";
import { loadBlock, loadTouchpoint } from "./load-campaign";
import { saveBlock, type SavedBlock } from "./save-block";

export async function duplicateBlock(actor: Actor, input: unknown, tx?: Db): Promise<SavedBlock> {
  const { blockId } = blockIdSchema.parse(input);
  const run = async (db: Db) => {
    const original = await loadBlock(actor, blockId, "edit", db);
    const saved = await copyInto(db, actor, original, original.touchpointId);
    const siblings = await db.block.findMany({
      where: { touchpointId: original.touchpointId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const order = insertAfter(siblings.map((s) => s.id), saved.id, blockId);
    for (const u of positionUpdates(order, new Map(siblings.map((s) => [s.id, s.position])))) {
      await db.block.update({ where: { id: u.id }, data: { position: u.position } });
    }
    return saved;
  };
  return tx ? run(tx) : (await getDb()).$transaction(run, { timeout: 30_000 });
}

export async function copyBlock(actor: Actor, input: unknown, tx?: Db): Promise<SavedBlock> {
  const { blockId, touchpointId } = copyBlockSchema.parse(input);
  const run = async (db: Db) => {
    const original = await loadBlock(actor, blockId, "view", db);
    await loadTouchpoint(actor, touchpointId, "edit", db);
    return copyInto(db, actor, original, touchpointId);
  };
  return tx ? run(tx) : (await getDb()).$transaction(run, { timeout: 30_000 });
}

async function copyInto(
  db: Db,
  actor: Actor,
  block: { key: string; type: string; policy: "locked" | "translate" | "adapt" | "optional"; sourceText: string; maxLength: number | null; notes: string; assetId: string | null },
  touchpointId: string,
): Promise<SavedBlock> {
  const taken = await db.block.findMany({ where: { touchpointId }, select: { key: true } });
  const keys = new Set(taken.map((b) => b.key));
  return saveBlock(
    actor,
    {
      touchpointId,
      key: keys.has(block.key) ? copyKey(block.key, keys) : block.key,
      type: block.type,
      policy: block.policy,
      sourceText: block.sourceText,
      maxLength: block.maxLength,
      notes: block.notes,
      assetId: block.assetId,
    },
    db,
  );
}
