// Coverage dashboard data: markets × campaigns matrix, per-market experience gap ranking and
// chart series. A fixed handful of queries whatever the size (lean selects plus one GROUP BY over
// the variant blocks), so 50 markets × 200 campaigns stays well under the page budget.
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { campaignWhereForActor } from "@/lib/permissions/campaigns";
import { requireAllowed } from "@/lib/permissions/require";
import { canViewDashboard, dashboardMarketWhereForActor } from "@/lib/permissions/results";
import { CAMPAIGNS_PER_PAGE, dashboardFiltersSchema, type DashboardFilters } from "./dashboard.schemas";
import { median, rankMarketsByExperienceGap, type ExperienceGapComponent } from "./experience-gap";

const DAY = 86_400_000;
const APPROVED_STATES = new Set(["approved", "published"]);

export interface CoverageCell {
  variantId: string;
  campaignId: string;
  marketId: string;
  locale: string;
  state: string;
  dueDate: string | null;
  approvedAt: string | null;
  overdue: boolean;
  blocksDone: number;
  blocksTotal: number;
  outdatedBlocks: number;
  errorCount: number;
  warningCount: number;
  /** Blocks whose asset's rights end before the campaign does, or whose asset is retired. */
  assetIssues: number;
}

export interface MarketCoverage {
  marketId: string;
  code: string;
  name: string;
  region: string;
  campaigns: number;
  approvedOnTime: number;
  onTimeShare: number | null;
  medianDaysToApproval: number | null;
  openErrors: number;
  openWarnings: number;
  overdue: number;
  score: number | null;
  rank: number | null;
  components: Record<ExperienceGapComponent, number | null>;
}

type BlockStats = { variantId: string; total: number; done: number; outdated: number; assetIssues: number };

function weekStart(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(d.getTime() - day * DAY).toISOString().slice(0, 10);
}

async function loadBlockStats(db: Db, campaignIds: string[], marketIds: string[]): Promise<Map<string, BlockStats>> {
  if (campaignIds.length === 0 || marketIds.length === 0) return new Map();
  const rows = await db.$queryRaw<BlockStats[]>(Prisma.sql`
    SELECT vb."variantId" AS "variantId",
      count(*)::int AS total,
      count(*) FILTER (WHERE NOT vb.outdated AND (vb.omitted OR vb."targetText" <> '' OR vb."assetId" IS NOT NULL))::int AS done,
      count(*) FILTER (WHERE vb.outdated)::int AS outdated,
      count(a.id) FILTER (WHERE a.status = 'retired' OR (a."rightsExpireAt" IS NOT NULL AND c."endDate" IS NOT NULL AND a."rightsExpireAt" < c."endDate"))::int AS "assetIssues"
    FROM "VariantBlock" vb
    JOIN "Variant" v ON v.id = vb."variantId"
    JOIN "Campaign" c ON c.id = v."campaignId"
    JOIN "Block" b ON b.id = vb."blockId"
    LEFT JOIN "Asset" a ON a.id = COALESCE(vb."assetId", b."assetId")
    WHERE v."campaignId" = ANY(${campaignIds}::text[]) AND v."marketId" = ANY(${marketIds}::text[]) AND v.state <> 'archived'
    GROUP BY vb."variantId"`);
  return new Map(rows.map((r) => [r.variantId, r]));
}

export async function loadCoverage(actor: Actor, rawFilters: unknown = {}, options: { now?: Date; db?: Db } = {}) {
  requireAllowed(canViewDashboard(actor));
  const filters: DashboardFilters = dashboardFiltersSchema.parse(rawFilters);
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();

  const campaignWhere: Prisma.CampaignWhereInput = {
    AND: [
      campaignWhereForActor(actor),
      filters.status ? { status: filters.status } : { status: { not: "draft" } },
      filters.channel ? { channels: { has: filters.channel } } : {},
      filters.owner ? { ownerId: filters.owner } : {},
      // Campaigns running in the range: (start ?? published) ≤ to and (end ?? start ?? published) ≥ from.
      filters.to ? { OR: [{ startDate: { lte: new Date(`${filters.to}T23:59:59Z`) } }, { startDate: null, publishedAt: { lte: new Date(`${filters.to}T23:59:59Z`) } }] } : {},
      filters.from ? { OR: [{ endDate: { gte: new Date(`${filters.from}T00:00:00Z`) } }, { endDate: null, startDate: { gte: new Date(`${filters.from}T00:00:00Z`) } }, { endDate: null, startDate: null, publishedAt: { gte: new Date(`${filters.from}T00:00:00Z`) } }] } : {},
    ],
  };
  const marketWhere: Prisma.MarketWhereInput = { AND: [dashboardMarketWhereForActor(actor), filters.region ? { region: filters.region } : {}] };

  const [markets, campaigns, allMarkets, allChannels, owners] = await Promise.all([
    db.market.findMany({ where: marketWhere, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, region: true } }),
    db.campaign.findMany({
      where: campaignWhere,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, name: true, status: true, channels: true, startDate: true, endDate: true, dueDate: true, publishedAt: true, owner: { select: { id: true, name: true } } },
    }),
    db.market.findMany({ where: dashboardMarketWhereForActor(actor), distinct: ["region"], select: { region: true } }),
    db.campaign.findMany({ where: campaignWhereForActor(actor), select: { channels: true } }),
    db.user.findMany({ where: { ownedCampaigns: { some: campaignWhereForActor(actor) } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const campaignIds = campaigns.map((c) => c.id);
  const marketIds = markets.map((m) => m.id);
  const [variants, blockStats] = campaignIds.length && marketIds.length
    ? await Promise.all([
        db.variant.findMany({
          where: { campaignId: { in: campaignIds }, marketId: { in: marketIds }, state: { not: "archived" } },
          select: { id: true, campaignId: true, marketId: true, locale: true, state: true, dueDate: true, approvedAt: true, errorCount: true, warningCount: true },
        }),
        loadBlockStats(db, campaignIds, marketIds),
      ])
    : [[], new Map<string, BlockStats>()];

  const campaignById = new Map(campaigns.map((c) => [c.id, c]));
  const cells: CoverageCell[] = variants.map((v) => {
    const stats = blockStats.get(v.id);
    const approved = !!v.approvedAt || APPROVED_STATES.has(v.state);
    return {
      variantId: v.id,
      campaignId: v.campaignId,
      marketId: v.marketId,
      locale: v.locale,
      state: v.state,
      dueDate: v.dueDate?.toISOString() ?? null,
      approvedAt: v.approvedAt?.toISOString() ?? null,
      overdue: !!v.dueDate && v.dueDate < now && !approved,
      blocksDone: stats?.done ?? 0,
      blocksTotal: stats?.total ?? 0,
      outdatedBlocks: stats?.outdated ?? 0,
      errorCount: v.errorCount,
      warningCount: v.warningCount,
      assetIssues: stats?.assetIssues ?? 0,
    };
  });

  // Per market: campaigns taken part in, approved on time, days publish → approval, findings, overdue.
  const perMarket = new Map<string, { campaigns: Set<string>; onTime: Set<string>; days: number[]; errors: number; warnings: number; overdue: number }>();
  for (const m of markets) perMarket.set(m.id, { campaigns: new Set(), onTime: new Set(), days: [], errors: 0, warnings: 0, overdue: 0 });
  const approvalsByWeek = new Map<string, number>();
  for (const cell of cells) {
    const agg = perMarket.get(cell.marketId)!;
    const campaign = campaignById.get(cell.campaignId)!;
    agg.campaigns.add(cell.campaignId);
    agg.errors += cell.errorCount;
    agg.warnings += cell.warningCount;
    if (cell.overdue) agg.overdue++;
    if (cell.approvedAt) {
      const approvedAt = new Date(cell.approvedAt);
      if (!cell.dueDate || approvedAt <= new Date(cell.dueDate)) agg.onTime.add(cell.campaignId);
      if (campaign.publishedAt) agg.days.push(Math.max(0, (approvedAt.getTime() - campaign.publishedAt.getTime()) / DAY));
      const week = weekStart(approvedAt);
      approvalsByWeek.set(week, (approvalsByWeek.get(week) ?? 0) + 1);
    }
  }
  const inputs = markets.map((m) => {
    const agg = perMarket.get(m.id)!;
    const days = median(agg.days);
    return {
      marketCode: m.code,
      campaigns: agg.campaigns.size,
      approvedOnTime: agg.onTime.size,
      medianDaysToApproval: days === null ? null : Math.round(days * 10) / 10,
      openErrorFindings: agg.errors,
      openWarningFindings: agg.warnings,
      overdue: agg.overdue,
    };
  });
  const ranked = rankMarketsByExperienceGap(inputs);
  if (!ranked.ok) throw new AppError("INTERNAL", { details: ranked });
  const marketByCode = new Map(markets.map((m) => [m.code, m]));
  const inputByCode = new Map(inputs.map((i) => [i.marketCode, i]));
  const ranking: MarketCoverage[] = ranked.value.map((gap) => {
    const m = marketByCode.get(gap.marketCode)!;
    const input = inputByCode.get(gap.marketCode)!;
    return {
      marketId: m.id,
      code: m.code,
      name: m.name,
      region: m.region,
      campaigns: input.campaigns,
      approvedOnTime: input.approvedOnTime,
      onTimeShare: input.campaigns ? input.approvedOnTime / input.campaigns : null,
      medianDaysToApproval: input.medianDaysToApproval,
      openErrors: input.openErrorFindings,
      openWarnings: input.openWarningFindings,
      overdue: input.overdue,
      score: gap.score,
      rank: gap.rank,
      components: gap.components,
    };
  });

  let cumulative = 0;
  const approvalsOverTime = [...approvalsByWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, approved]) => ({ week, approved, cumulative: (cumulative += approved) }));

  const pageCount = Math.max(1, Math.ceil(campaigns.length / CAMPAIGNS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const pageCampaigns = campaigns.slice((page - 1) * CAMPAIGNS_PER_PAGE, page * CAMPAIGNS_PER_PAGE);
  const pageIds = new Set(pageCampaigns.map((c) => c.id));

  return {
    filters: { ...filters, page },
    markets,
    campaigns: pageCampaigns.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      channels: c.channels,
      owner: c.owner,
      startDate: c.startDate?.toISOString() ?? null,
      endDate: c.endDate?.toISOString() ?? null,
      dueDate: c.dueDate?.toISOString() ?? null,
      publishedAt: c.publishedAt?.toISOString() ?? null,
    })),
    campaignTotal: campaigns.length,
    pageCount,
    cells: cells.filter((c) => pageIds.has(c.campaignId)),
    ranking,
    approvalsOverTime,
    filterOptions: {
      regions: [...new Set(allMarkets.map((m) => m.region).filter(Boolean))].sort(),
      channels: [...new Set(allChannels.flatMap((c) => c.channels))].sort(),
      owners,
    },
  };
}

export type Coverage = Awaited<ReturnType<typeof loadCoverage>>;
