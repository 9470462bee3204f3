// Moves a block one step up or down within its touchpoint (keyboard-friendly reordering).
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { moveOneStep, positionUpdates } from "./block-order";
import { moveBlockSchema } from "./campaign.schemas";
import { loadBlock } from "./load-campaign";

export const moveBlock = defineOperation({
  name: "block.move",
  input: moveBlockSchema,
  authorize: canCreateCampaign,
  run: async ({ actor, input: { blockId, direction }, tx }): Promise<{ moved: boolean }> => {
    const block = await loadBlock(actor, blockId, "edit", tx);
    const siblings = await tx.block.findMany({
      where: { touchpointId: block.touchpointId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const order = moveOneStep(siblings.map((s) => s.id), blockId, direction);
    if (!order) return { moved: false };
    for (const u of positionUpdates(order, new Map(siblings.map((s) => [s.id, s.position])))) {
      await tx.block.update({ where: { id: u.id }, data: { position: u.position } });
    }
    await recordAudit({ actor, action: "block.move", entityType: "block", entityId: blockId, meta: { direction } }, tx);
    return { moved: true };
  },
});
