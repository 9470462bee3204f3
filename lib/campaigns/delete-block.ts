// Deletes a block. On a published campaign a block whose variants already hold market text is
// kept (BLOCK_HAS_TRANSLATIONS): nothing the markets wrote may be lost.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { blockIdSchema } from "./campaign.schemas";
import { hasMarketText } from "./has-market-text";
import { loadBlock } from "./load-campaign";

export const deleteBlock = defineOperation({
  name: "block.delete",
  input: blockIdSchema,
  authorize: canCreateCampaign,
  run: async ({ actor, input: { blockId }, tx }): Promise<{ id: string }> => {
    const block = await loadBlock(actor, blockId, "edit", tx);
    if (block.touchpoint.campaign.status !== "draft" && (await hasMarketText(tx, { id: blockId }))) {
      throw new AppError("BLOCK_HAS_TRANSLATIONS", { status: 409 });
    }
    await tx.block.delete({ where: { id: blockId } });
    await recordAudit({ actor, action: "block.delete", entityType: "block", entityId: blockId, before: { key: block.key, sourceText: block.sourceText } }, tx);
    return { id: blockId };
  },
});
