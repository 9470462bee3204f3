// Reuses (copies) a block from any campaign the actor can see into a touchpoint they can edit;
// the copy lands at the end of the touchpoint.
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { copyBlockSchema } from "./campaign.schemas";
import { copyBlockInto } from "./copy-block-into";
import { loadBlock, loadTouchpoint } from "./load-campaign";
import type { SavedBlock } from "./save-block";

export const copyBlock = defineOperation({
  name: "block.copy",
  input: copyBlockSchema,
  authorize: canCreateCampaign,
  transaction: { timeout: 30_000 },
  run: async ({ actor, input: { blockId, touchpointId }, tx }): Promise<SavedBlock> => {
    const original = await loadBlock(actor, blockId, "view", tx);
    await loadTouchpoint(actor, touchpointId, "edit", tx);
    return copyBlockInto(tx, actor, original, touchpointId);
  },
});
