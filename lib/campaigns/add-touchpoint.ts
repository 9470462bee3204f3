// Adds a touchpoint (email, landing page, social post, …) at the end of a campaign.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { addTouchpointSchema } from "./campaign.schemas";
import { loadCampaign } from "./load-campaign";

export async function addTouchpoint(actor: Actor, input: unknown, tx?: Db): Promise<{ id: string }> {
  const data = addTouchpointSchema.parse(input);
  const run = async (db: Db) => {
    await loadCampaign(actor, data.campaignId, "edit", db);
    const last = await db.touchpoint.findFirst({ where: { campaignId: data.campaignId }, orderBy: { position: "desc" }, select: { position: true } });
    const tp = await db.touchpoint.create({
      data: { campaignId: data.campaignId, channel: data.channel, name: data.name, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: data.campaignId }, select: { channels: true } });
    if (!campaign.channels.includes(data.channel)) {
      await db.campaign.update({ where: { id: data.campaignId }, data: { channels: [...campaign.channels, data.channel] } });
    }
    await recordAudit({ actor, action: "touchpoint.create", entityType: "touchpoint", entityId: tp.id, after: data }, db);
    return tp;
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}
