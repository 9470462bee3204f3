// The campaign list: scoped to what the actor may see, searchable, filterable (status, market,
// owner, channel, running on a date), sortable and paginated.
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { campaignWhereForActor } from "@/lib/permissions/campaigns";
import { campaignListSchema, type CampaignListInput } from "./campaign.schemas";

const ORDER: Record<string, (dir: "asc" | "desc") => Prisma.CampaignOrderByWithRelationInput[]> = {
  updated: (dir) => [{ updatedAt: dir }, { id: "asc" }],
  name: (dir) => [{ name: dir }, { id: "asc" }],
  start: (dir) => [{ startDate: { sort: dir, nulls: "last" } }, { id: "asc" }],
  due: (dir) => [{ dueDate: { sort: dir, nulls: "last" } }, { id: "asc" }],
};

export async function findCampaigns(actor: Actor, input: CampaignListInput = {}, tx?: Db) {
  const q = campaignListSchema.parse(input);
  const db = tx ?? (await getDb());
  const and: Prisma.CampaignWhereInput[] = [campaignWhereForActor(actor)];
  if (q.q) {
    and.push({
      OR: [
        { name: { contains: q.q, mode: "insensitive" } },
        { objective: { contains: q.q, mode: "insensitive" } },
        { kpi: { contains: q.q, mode: "insensitive" } },
      ],
    });
  }
  if (q.status) and.push({ status: q.status });
  if (q.market) and.push({ markets: { some: { removedAt: null, market: { code: q.market } } } });
  if (q.owner) and.push({ ownerId: q.owner });
  if (q.channel) and.push({ channels: { has: q.channel } });
  if (q.activeOn) {
    and.push({ OR: [{ startDate: null }, { startDate: { lte: q.activeOn } }] });
    and.push({ OR: [{ endDate: null }, { endDate: { gte: q.activeOn } }] });
  }
  const where: Prisma.CampaignWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db.campaign.count({ where }),
    db.campaign.findMany({
      where,
      orderBy: ORDER[q.sort]!(q.dir),
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: {
        id: true,
        name: true,
        objective: true,
        kpi: true,
        status: true,
        channels: true,
        funnelStage: true,
        startDate: true,
        endDate: true,
        dueDate: true,
        publishedAt: true,
        updatedAt: true,
        version: true,
        owner: { select: { id: true, name: true } },
        markets: { where: { removedAt: null }, orderBy: { market: { code: "asc" } }, select: { market: { select: { code: true } } } },
        _count: { select: { variants: true, touchpoints: true } },
      },
    }),
  ]);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    pages: Math.max(1, Math.ceil(total / q.pageSize)),
    items: rows.map(({ markets, ...r }) => ({ ...r, markets: markets.map((m) => m.market.code) })),
  };
}

/** Owners offered by the list's owner filter: HQ campaign managers. */
export async function findCampaignOwners(tx?: Db) {
  const db = tx ?? (await getDb());
  return db.user.findMany({ where: { role: "hq_campaign", disabledAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
