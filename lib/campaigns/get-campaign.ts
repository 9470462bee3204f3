// One campaign with its brief, touchpoints, blocks and every variant the actor may see, with
// per-variant progress (blocks done = written or omitted, and not outdated). Four queries,
// whatever the number of markets and blocks.
import { getDb, type Db } from "@/lib/db";
import { hasGlobalScope, type Actor } from "@/lib/permissions/actor";
import { accessFacts, canEditCampaign, canPublishCampaign } from "@/lib/permissions/campaigns";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Segment } from "./campaign.schemas";
import { loadCampaign } from "./load-campaign";

function variantWhere(actor: Actor, campaignId: string): Prisma.VariantWhereInput {
  if (hasGlobalScope(actor)) return { campaignId };
  if (actor.role === "translator") return { campaignId, assigneeId: actor.id, state: { not: "archived" } };
  return { campaignId, marketId: { in: actor.marketIds }, state: { not: "archived" } };
}

export async function getCampaign(actor: Actor, campaignId: string, tx?: Db) {
  const db = tx ?? (await getDb());
  const access = await loadCampaign(actor, campaignId, "view", db);
  const [campaign, variants] = await Promise.all([
    db.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      include: {
        owner: { select: { id: true, name: true, email: true } },
        markets: {
          where: hasGlobalScope(actor) ? {} : { marketId: { in: actor.marketIds } },
          orderBy: { market: { code: "asc" } },
          select: { addedAt: true, removedAt: true, market: { select: { id: true, code: true, name: true, locales: true } } },
        },
        touchpoints: {
          orderBy: [{ position: "asc" }, { createdAt: "asc" }],
          include: { blocks: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
        },
      },
    }),
    db.variant.findMany({
      where: variantWhere(actor, campaignId),
      orderBy: [{ market: { code: "asc" } }, { locale: "asc" }],
      select: {
        id: true,
        locale: true,
        state: true,
        version: true,
        dueDate: true,
        errorCount: true,
        warningCount: true,
        archivedAt: true,
        market: { select: { id: true, code: true, name: true } },
        assignee: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  const ids = variants.map((v) => v.id);
  const [done, outdated] = ids.length
    ? await Promise.all([
        db.variantBlock.groupBy({
          by: ["variantId"],
          where: { variantId: { in: ids }, outdated: false, OR: [{ omitted: true }, { targetText: { not: "" } }, { assetId: { not: null } }] },
          _count: { _all: true },
        }),
        db.variantBlock.groupBy({ by: ["variantId"], where: { variantId: { in: ids }, outdated: true }, _count: { _all: true } }),
      ])
    : [[], []];
  const doneOf = new Map(done.map((d) => [d.variantId, d._count._all]));
  const outdatedOf = new Map(outdated.map((d) => [d.variantId, d._count._all]));
  const blockCount = campaign.touchpoints.reduce((n, t) => n + t.blocks.length, 0);
  const facts = accessFacts(access);
  return {
    ...campaign,
    segments: (Array.isArray(campaign.segments) ? campaign.segments : []) as Segment[],
    blockCount,
    canEdit: canEditCampaign(actor, facts),
    canPublish: canPublishCampaign(actor, facts) && campaign.status === "draft",
    variants: variants.map((v) => ({
      ...v,
      blocksDone: doneOf.get(v.id) ?? 0,
      blocksOutdated: outdatedOf.get(v.id) ?? 0,
      blocksTotal: blockCount,
    })),
  };
}

export type CampaignOverview = Awaited<ReturnType<typeof getCampaign>>;

/** Target texts of one visible variant of the campaign, by block id, for the preview. */
export async function getVariantTexts(actor: Actor, campaignId: string, variantId: string, tx?: Db) {
  const db = tx ?? (await getDb());
  await loadCampaign(actor, campaignId, "view", db);
  const variant = await db.variant.findFirst({
    where: { ...variantWhere(actor, campaignId), id: variantId },
    select: { id: true, locale: true, blocks: { select: { blockId: true, targetText: true, omitted: true } } },
  });
  if (!variant) return null;
  return { locale: variant.locale, blocks: new Map(variant.blocks.map((b) => [b.blockId, b])) };
}
