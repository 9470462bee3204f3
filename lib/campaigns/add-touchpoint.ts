// Adds a touchpoint (email, landing page, social post, …) at the end of a campaign.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { addTouchpointSchema } from "./campaign.schemas";
import { loadCampaign } from "./load-campaign";

export const addTouchpoint = defineOperation({
  name: "touchpoint.create",
  input: addTouchpointSchema,
  authorize: canCreateCampaign,
  run: async ({ actor, input: data, tx }): Promise<{ id: string }> => {
    await loadCampaign(actor, data.campaignId, "edit", tx);
    const last = await tx.touchpoint.findFirst({ where: { campaignId: data.campaignId }, orderBy: { position: "desc" }, select: { position: true } });
    const tp = await tx.touchpoint.create({
      data: { campaignId: data.campaignId, channel: data.channel, name: data.name, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
    const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: data.campaignId }, select: { channels: true } });
    if (!campaign.channels.includes(data.channel)) {
      await tx.campaign.update({ where: { id: data.campaignId }, data: { channels: [...campaign.channels, data.channel] } });
    }
    await recordAudit({ actor, action: "touchpoint.create", entityType: "touchpoint", entityId: tp.id, after: data }, tx);
    return tp;
  },
});
