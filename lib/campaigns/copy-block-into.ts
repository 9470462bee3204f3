// The copy of a block that duplicate and reuse share: it gets a free key in the target
// touchpoint and goes through saveBlock, so a published campaign's variants receive it too.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { copyKey } from "./block-order";
import { saveBlock, type BlockFields, type SavedBlock } from "./save-block";


export async function copyBlockInto(db: Db, actor: Actor, block: BlockFields, touchpointId: string): Promise<SavedBlock> {
  const taken = await db.block.findMany({ where: { touchpointId }, select: { key: true } });
  const keys = new Set(taken.map((b) => b.key));
  return saveBlock(
    actor,
    {
      touchpointId,
      key: keys.has(block.key) ? copyKey(block.key, keys) : block.key,
      type: block.type as Parameters<typeof saveBlock>[1]["type"],
      policy: block.policy,
      sourceText: block.sourceText,
      maxLength: block.maxLength,
      notes: block.notes,
      assetId: block.assetId,
    },
    db,
  );
}
