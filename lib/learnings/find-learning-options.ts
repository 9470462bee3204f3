// What the learnings page offers in its forms and filters: markets the actor may write for, the
// campaigns they can link, market codes, tags, channels, and (for HQ) the draft campaigns whose
// brief a learning can be promoted into.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { campaignWhereForActor } from "@/lib/permissions/campaigns";
import { canPromoteLearning, canViewLearnings, canWriteLearning } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";

export async function findLearningOptions(actor: Actor) {
  requireAllowed(canViewLearnings(actor));
  const db = await getDb();
  const mayPromote = canPromoteLearning(actor, { marketId: "", authorId: "" });
  const [markets, campaigns, drafts, tagRows] = await Promise.all([
    db.market.findMany({ where: { archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, locales: true } }),
    db.campaign.findMany({ where: { AND: [campaignWhereForActor(actor), { status: { not: "draft" } }] }, orderBy: { updatedAt: "desc" }, take: 200, select: { id: true, name: true, channels: true } }),
    mayPromote ? db.campaign.findMany({ where: { status: "draft" }, orderBy: { updatedAt: "desc" }, take: 100, select: { id: true, name: true } }) : Promise.resolve([]),
    db.learning.findMany({ select: { tags: true, channel: true }, take: 2000, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    writableMarkets: markets.filter((m) => canWriteLearning(actor, m.id)),
    markets,
    campaigns,
    draftCampaigns: drafts,
    mayPromote,
    tags: [...new Set(tagRows.flatMap((r) => r.tags))].sort(),
    channels: [...new Set([...tagRows.map((r) => r.channel).filter((c): c is string => !!c), ...campaigns.flatMap((c) => c.channels)])].sort(),
  };
}
