// Deletes a touchpoint with its blocks. On a published campaign it is kept when any of its
// blocks' variants already hold market text (BLOCK_HAS_TRANSLATIONS).
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { touchpointIdSchema } from "./campaign.schemas";
import { hasMarketText } from "./has-market-text";
import { loadTouchpoint } from "./load-campaign";

export const deleteTouchpoint = defineOperation({
  name: "touchpoint.delete",
  input: touchpointIdSchema,
  authorize: canCreateCampaign,
  run: async ({ actor, input: { touchpointId }, tx }): Promise<{ id: string }> => {
    const tp = await loadTouchpoint(actor, touchpointId, "edit", tx);
    if (tp.campaign.status !== "draft" && (await hasMarketText(tx, { touchpointId }))) {
      throw new AppError("BLOCK_HAS_TRANSLATIONS", { status: 409 });
    }
    await tx.touchpoint.delete({ where: { id: touchpointId } });
    await recordAudit({ actor, action: "touchpoint.delete", entityType: "touchpoint", entityId: touchpointId, before: { name: tp.name, channel: tp.channel } }, tx);
    return { id: touchpointId };
  },
});
