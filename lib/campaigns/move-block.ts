// Moves a block one step up or down within its touchpoint (keyboard-friendly reordering).
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { moveOneStep, positionUpdates } from "./block-order";
import { moveBlockSchema } from "./campaign.schemas";
import { loadBlock } from "./load-campaign";

export async function moveBlock(actor: Actor, input: unknown, tx?: Db): Promise<{ moved: boolean }> {
  const { blockId, direction } = moveBlockSchema.parse(input);
  const run = async (db: Db) => {
    const block = await loadBlock(actor, blockId, "edit", db);
    const siblings = await db.block.findMany({
      where: { touchpointId: block.touchpointId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const order = moveOneStep(siblings.map((s) => s.id), blockId, direction);
    if (!order) return { moved: false };
    for (const u of positionUpdates(order, new Map(siblings.map((s) => [s.id, s.position])))) {
      await db.block.update({ where: { id: u.id }, data: { position: u.position } });
    }
    await recordAudit({ actor, action: "block.move", entityType: "block", entityId: blockId, meta: { direction } }, db);
    return { moved: true };
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}
