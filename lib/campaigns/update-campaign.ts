// Saves the brief of a campaign (optimistic concurrency on Campaign.version). Changing the target
// markets of a published campaign creates the new markets' variants and archives the removed
// ones (their text is kept; CampaignMarket.removedAt records the removal).
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, checkVersion, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { briefWarnings, type BriefWarning } from "./brief-warnings";
import { updateCampaignSchema } from "./campaign.schemas";
import { archiveMarketVariants, createMarketVariants } from "./create-market-variants";
import { loadCampaign } from "./load-campaign";

export interface UpdatedCampaign {
  id: string;
  version: number;
  warnings: BriefWarning[];
  addedMarkets: string[];
  removedMarkets: string[];
}

const BRIEF_FIELDS = [
  "name",
  "objective",
  "kpi",
  "segments",
  "funnelStage",
  "channels",
  "sourceLocale",
  "startDate",
  "endDate",
  "dueDate",
  "ownerId",
  "requiresBrandSignoff",
  "prefillTargets",
  "briefNotes",
] as const;

export const updateCampaign = defineOperation({
  name: "campaign.update",
  input: updateCampaignSchema,
  authorize: canCreateCampaign,
  transaction: { timeout: 30_000 },
  run: async ({ actor, input: data, tx: db }): Promise<UpdatedCampaign> => {
    const access = await loadCampaign(actor, data.id, "edit", db);
    checkVersion(data.version, access.version);
    const before = await db.campaign.findUniqueOrThrow({ where: { id: data.id } });
    if (data.sourceLocale && data.sourceLocale !== before.sourceLocale && before.status !== "draft") {
      throw new AppError("SOURCE_LOCALE_LOCKED", { status: 409 });
    }
    const changes: Prisma.CampaignUncheckedUpdateInput = {};
    const beforeValues: Record<string, unknown> = {};
    for (const field of BRIEF_FIELDS) {
      if (data[field] === undefined) continue;
      (changes as Record<string, unknown>)[field] = data[field];
      beforeValues[field] = before[field];
    }
    // The compare-and-set makes a concurrent save lose cleanly instead of overwriting.
    const { count } = await db.campaign.updateMany({
      where: { id: data.id, version: data.version },
      data: { ...(changes as Prisma.CampaignUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await db.campaign.findUniqueOrThrow({ where: { id: data.id }, select: { version: true } });
      throw versionConflict({ yours: data.version, current: current.version });
    }
    const markets = data.markets ? await syncMarkets(db, before, data.markets) : { added: [], removed: [] };
    await recordAudit(
      {
        actor,
        action: "campaign.update",
        entityType: "campaign",
        entityId: data.id,
        before: { ...beforeValues, version: data.version },
        after: { ...changes, version: data.version + 1, addedMarkets: markets.added, removedMarkets: markets.removed },
      },
      db,
    );
    const after = await db.campaign.findUniqueOrThrow({ where: { id: data.id }, select: { objective: true, segments: true } });
    return {
      id: data.id,
      version: data.version + 1,
      warnings: briefWarnings({ objective: after.objective, segments: after.segments as unknown[] }),
      addedMarkets: markets.added,
      removedMarkets: markets.removed,
    };
  },
});

async function syncMarkets(
  db: Db,
  campaign: { id: string; name: string; status: string; dueDate: Date | null; prefillTargets: boolean },
  codes: readonly string[],
): Promise<{ added: string[]; removed: string[] }> {
  const wanted = await db.market.findMany({
    where: { code: { in: [...codes] } },
    select: { id: true, code: true, locales: true, leadId: true, archivedAt: true },
  });
  const unknown = codes.filter((c) => !wanted.some((m) => m.code === c && !m.archivedAt));
  if (unknown.length > 0) throw new AppError("MARKET_UNKNOWN", { status: 422, details: { markets: unknown } });
  const rows = await db.campaignMarket.findMany({
    where: { campaignId: campaign.id },
    select: { marketId: true, removedAt: true, market: { select: { code: true } } },
  });
  const active = new Set(rows.filter((r) => !r.removedAt).map((r) => r.marketId));
  const wantedIds = new Set(wanted.map((m) => m.id));
  const toAdd = wanted.filter((m) => !active.has(m.id));
  const toRemove = rows.filter((r) => !r.removedAt && !wantedIds.has(r.marketId));
  const now = new Date();
  for (const m of toAdd) {
    await db.campaignMarket.upsert({
      where: { campaignId_marketId: { campaignId: campaign.id, marketId: m.id } },
      create: { campaignId: campaign.id, marketId: m.id },
      update: { removedAt: null, addedAt: now },
    });
  }
  if (toRemove.length > 0) {
    await db.campaignMarket.updateMany({
      where: { campaignId: campaign.id, marketId: { in: toRemove.map((r) => r.marketId) } },
      data: { removedAt: now },
    });
  }
  if (campaign.status === "published") {
    await createMarketVariants(db, campaign, toAdd);
    await archiveMarketVariants(db, campaign.id, toRemove.map((r) => r.marketId), now);
  }
  return { added: toAdd.map((m) => m.code), removed: toRemove.map((r) => r.market.code) };
}
