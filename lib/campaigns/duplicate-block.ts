// Duplicates a block within its touchpoint: the copy lands right after the original.
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { insertAfter, positionUpdates } from "./block-order";
import { blockIdSchema } from "./campaign.schemas";
import { copyBlockInto } from "./copy-block-into";
import { loadBlock } from "./load-campaign";
import type { SavedBlock } from "./save-block";

export const duplicateBlock = defineOperation({
  name: "block.duplicate",
  input: blockIdSchema,
  authorize: canCreateCampaign,
  transaction: { timeout: 30_000 },
  run: async ({ actor, input: { blockId }, tx }): Promise<SavedBlock> => {
    const original = await loadBlock(actor, blockId, "edit", tx);
    const saved = await copyBlockInto(tx, actor, original, original.touchpointId);
    const siblings = await tx.block.findMany({
      where: { touchpointId: original.touchpointId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const order = insertAfter(siblings.map((s) => s.id), saved.id, blockId);
    for (const u of positionUpdates(order, new Map(siblings.map((s) => [s.id, s.position])))) {
      await tx.block.update({ where: { id: u.id }, data: { position: u.position } });
    }
    return saved;
  },
});
