// The learnings feed: filtered by market, tag, campaign and channel; newest or most useful first;
// each with its market, campaign, author, comments and what it was promoted to.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { canViewLearnings, learningWhereForActor } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { findLearningsSchema, type FindLearningsInput, type PromotedTo } from "./learning.schemas";

export async function findLearnings(actor: Actor, input: FindLearningsInput = {}) {
  requireAllowed(canViewLearnings(actor));
  const filters = findLearningsSchema.parse(input);
  const db = await getDb();
  const where: Prisma.LearningWhereInput = {
    AND: [
      learningWhereForActor(actor),
      filters.market ? { OR: [{ marketId: filters.market }, { marketId: { in: (await db.market.findMany({ where: { code: filters.market.toUpperCase() }, select: { id: true } })).map((m) => m.id) } }] } : {},
      filters.tag ? { tags: { has: filters.tag.toLowerCase() } } : {},
      filters.campaign ? { campaignId: filters.campaign } : {},
      filters.channel ? { channel: filters.channel } : {},
    ],
  };
  const learnings = await db.learning.findMany({
    where,
    orderBy: filters.sort === "useful" ? [{ usefulCount: "desc" }, { createdAt: "desc" }] : [{ createdAt: "desc" }],
    take: filters.limit,
    include: { comments: { orderBy: { createdAt: "asc" } } },
  });
  const userIds = [...new Set(learnings.flatMap((l) => [l.authorId, ...l.comments.map((c) => c.authorId)]))];
  const marketIds = [...new Set(learnings.map((l) => l.marketId))];
  const campaignIds = [...new Set(learnings.map((l) => l.campaignId).filter((id): id is string => !!id))];
  const [users, markets, campaigns] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.market.findMany({ where: { id: { in: marketIds } }, select: { id: true, code: true, name: true } }),
    db.campaign.findMany({ where: { id: { in: campaignIds } }, select: { id: true, name: true } }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const marketOf = new Map(markets.map((m) => [m.id, m]));
  const campaignOf = new Map(campaigns.map((c) => [c.id, c]));
  return learnings.map((l) => ({
    id: l.id,
    title: l.title,
    body: l.body,
    tags: l.tags,
    segment: l.segment,
    channel: l.channel,
    market: marketOf.get(l.marketId) ?? { id: l.marketId, code: "?", name: "?" },
    campaign: l.campaignId ? campaignOf.get(l.campaignId) ?? null : null,
    variantId: l.variantId,
    resultId: l.resultId,
    author: { id: l.authorId, name: userName.get(l.authorId) ?? "" },
    usefulCount: l.usefulCount,
    usefulByMe: l.usefulBy.includes(actor.id),
    promotedTo: Array.isArray(l.promotedTo) ? (l.promotedTo as PromotedTo[]) : [],
    comments: l.comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: { id: c.authorId, name: userName.get(c.authorId) ?? "" } })),
    createdAt: l.createdAt.toISOString(),
  }));
}

export type LearningFeedItem = Awaited<ReturnType<typeof findLearnings>>[number];
