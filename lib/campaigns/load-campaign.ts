// Loads a campaign (or the campaign of a touchpoint/block) and applies the campaign permission
// rules: invisible → 404, visible but not allowed → 403. Shared by every campaign operation.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import {
  accessFacts,
  campaignAccessSelect,
  canEditCampaign,
  canPublishCampaign,
  canViewCampaign,
} from "@/lib/permissions/campaigns";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";

export type CampaignNeed = "view" | "edit" | "publish";

const select = {
  id: true,
  name: true,
  version: true,
  sourceLocale: true,
  dueDate: true,
  prefillTargets: true,
  ...campaignAccessSelect,
} as const;

export type LoadedCampaign = Awaited<ReturnType<typeof loadCampaign>>;

function check(actor: Actor, row: Parameters<typeof accessFacts>[0] | null, need: CampaignNeed): void {
  requireVisible(!!row && canViewCampaign(actor, accessFacts(row)));
  const facts = accessFacts(row!);
  if (need === "edit") requireAllowed(canEditCampaign(actor, facts));
  if (need === "publish") requireAllowed(canPublishCampaign(actor, facts));
}

export async function loadCampaign(actor: Actor, campaignId: string, need: CampaignNeed, db: Db) {
  const row = await db.campaign.findUnique({ where: { id: campaignId }, select });
  check(actor, row, need);
  return row!;
}

export async function loadTouchpoint(actor: Actor, touchpointId: string, need: CampaignNeed, db: Db) {
  const row = await db.touchpoint.findUnique({
    where: { id: touchpointId },
    select: { id: true, channel: true, name: true, position: true, campaignId: true, campaign: { select } },
  });
  check(actor, row?.campaign ?? null, need);
  return row!;
}

export async function loadBlock(actor: Actor, blockId: string, need: CampaignNeed, db: Db) {
  const row = await db.block.findUnique({
    where: { id: blockId },
    include: {
      touchpoint: { select: { id: true, channel: true, campaignId: true, campaign: { select } } },
    },
  });
  check(actor, row?.touchpoint.campaign ?? null, need);
  return row!;
}
