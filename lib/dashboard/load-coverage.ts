// Coverage dashboard data: markets × campaigns matrix, per-market experience gap ranking and
// chart series. A fixed handful of queries whatever the size (lean selects plus one GROUP BY over
// the variant blocks), so 50 markets × 200 campaigns stays well under the page budget.
import { isOverdue } from "@/lib/core/workflow/is-overdue";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { campaignWhereForActor } from "@/lib/permissions/campaigns";
import { requireAllowed } from "@/lib/permissions/require";
import { canViewDashboard, dashboardMarketWhereForActor } from "@/lib/permissions/results";
import { CAMPAIGNS_PER_PAGE, dashboardFiltersSchema, type DashboardFilters, type DashboardFiltersInput } from "./dashboard.schemas";
import { rankMarketsByExperienceGap, type ExperienceGapComponent } from "./experience-gap";


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

/** Block counts per variant of the page's campaigns: done, total, outdated, assets with rights problems. */
export async function loadBlockStats(db: Db, campaignIds: string[], marketIds: string[]): Promise<Map<string, BlockStats>> {
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

type MarketStats = { marketId: string; campaigns: number; onTime: number; medianDays: number | null; errors: number; warnings: number; overdue: number };

/** Per market: campaigns taken part in, approved on time, median days publish → approval, findings, overdue. */
export async function loadMarketStats(db: Db, campaignIds: string[], marketIds: string[], now: Date): Promise<Map<string, MarketStats>> {
  if (campaignIds.length === 0 || marketIds.length === 0) return new Map();
  const rows = await db.$queryRaw<MarketStats[]>(Prisma.sql`
    SELECT v."marketId" AS "marketId",
      count(DISTINCT v."campaignId")::int AS campaigns,
      count(DISTINCT v."campaignId") FILTER (WHERE v."approvedAt" IS NOT NULL AND (v."dueDate" IS NULL OR v."approvedAt" <= v."dueDate"))::int AS "onTime",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY GREATEST(0, EXTRACT(EPOCH FROM (v."approvedAt" - c."publishedAt")) / 86400))
        FILTER (WHERE v."approvedAt" IS NOT NULL AND c."publishedAt" IS NOT NULL))::float8 AS "medianDays",
      coalesce(sum(v."errorCount"), 0)::int AS errors,
      coalesce(sum(v."warningCount"), 0)::int AS warnings,
      count(*) FILTER (WHERE v."dueDate" < ${now} AND v."approvedAt" IS NULL AND v.state NOT IN ('approved', 'published'))::int AS overdue
    FROM "Variant" v
    JOIN "Campaign" c ON c.id = v."campaignId"
    WHERE v."campaignId" = ANY(${campaignIds}::text[]) AND v."marketId" = ANY(${marketIds}::text[]) AND v.state <> 'archived'
    GROUP BY v."marketId"`);
  return new Map(rows.map((r) => [r.marketId, r]));
}

/** Approved variants per ISO week (Monday), oldest first. */
export async function loadWeeklyApprovals(db: Db, campaignIds: string[], marketIds: string[]): Promise<{ week: string; approved: number }[]> {
  if (campaignIds.length === 0 || marketIds.length === 0) return [];
  return db.$queryRaw<{ week: string; approved: number }[]>(Prisma.sql`
    SELECT to_char(date_trunc('week', v."approvedAt"), 'YYYY-MM-DD') AS week, count(*)::int AS approved
    FROM "Variant" v
    WHERE v."campaignId" = ANY(${campaignIds}::text[]) AND v."marketId" = ANY(${marketIds}::text[]) AND v.state <> 'archived' AND v."approvedAt" IS NOT NULL
    GROUP BY 1
    ORDER BY 1`);
}

type CampaignRow = { status: string; channels: string[]; owner: { id: string } | null; startDate: Date | null; endDate: Date | null; publishedAt: Date | null };

function matchesFilters(c: CampaignRow, filters: DashboardFilters): boolean {
  const to = filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : null;
  const from = filters.from ? new Date(`${filters.from}T00:00:00Z`) : null;
  if (filters.status ? c.status !== filters.status : c.status === "draft") return false;
  if (filters.channel && !c.channels.includes(filters.channel)) return false;
  if (filters.owner && c.owner?.id !== filters.owner) return false;
  // Running in the range: (start ?? published) ≤ to and (end ?? start ?? published) ≥ from.
  const begins = c.startDate ?? c.publishedAt;
  const ends = c.endDate ?? c.startDate ?? c.publishedAt;
  if (to && !(begins && begins <= to)) return false;
  if (from && !(ends && ends >= from)) return false;
  return true;
}

type VariantRow = { id: string; campaignId: string; marketId: string; locale: string; state: CoverageCell["state"]; dueDate: Date | null; approvedAt: Date | null; errorCount: number; warningCount: number };

function toCell(v: VariantRow, stats: BlockStats | undefined, now: Date): CoverageCell {
  return {
    variantId: v.id,
    campaignId: v.campaignId,
    marketId: v.marketId,
    locale: v.locale,
    state: v.state,
    dueDate: v.dueDate?.toISOString() ?? null,
    approvedAt: v.approvedAt?.toISOString() ?? null,
    overdue: isOverdue(v, now),
    blocksDone: stats?.done ?? 0,
    blocksTotal: stats?.total ?? 0,
    outdatedBlocks: stats?.outdated ?? 0,
    errorCount: v.errorCount,
    warningCount: v.warningCount,
    assetIssues: stats?.assetIssues ?? 0,
  };
}

function rankMarkets(markets: { id: string; code: string; name: string; region: string }[], marketStats: Map<string, MarketStats>): MarketCoverage[] {
  const inputs = markets.map((m) => {
    const stats = marketStats.get(m.id);
    const days = stats?.medianDays ?? null;
    return {
      marketCode: m.code,
      campaigns: stats?.campaigns ?? 0,
      approvedOnTime: stats?.onTime ?? 0,
      medianDaysToApproval: days === null ? null : Math.round(days * 10) / 10,
      openErrorFindings: stats?.errors ?? 0,
      openWarningFindings: stats?.warnings ?? 0,
      overdue: stats?.overdue ?? 0,
    };
  });
  const ranked = rankMarketsByExperienceGap(inputs);
  if (!ranked.ok) throw new AppError("INTERNAL", { details: ranked });
  const marketByCode = new Map(markets.map((m) => [m.code, m]));
  const inputByCode = new Map(inputs.map((i) => [i.marketCode, i]));
  return ranked.value.map((gap) => {
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
}

export async function loadCoverage(actor: Actor, rawFilters: DashboardFiltersInput = {}, options: { now?: Date; db?: Db } = {}) {
  requireAllowed(canViewDashboard(actor));
  const filters: DashboardFilters = dashboardFiltersSchema.parse(rawFilters);
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();

  // Two lean lists (visible markets, visible campaigns); filters and filter options are applied in
  // memory, so the page needs no extra queries for them.
  const [visibleMarkets, visibleCampaigns] = await Promise.all([
    db.market.findMany({ where: dashboardMarketWhereForActor(actor), orderBy: { code: "asc" }, select: { id: true, code: true, name: true, region: true } }),
    db.campaign.findMany({
      where: campaignWhereForActor(actor),
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, name: true, status: true, channels: true, startDate: true, endDate: true, dueDate: true, publishedAt: true, owner: { select: { id: true, name: true } } },
    }),
  ]);
  const markets = filters.region ? visibleMarkets.filter((m) => m.region === filters.region) : visibleMarkets;
  const campaigns = visibleCampaigns.filter((c) => matchesFilters(c, filters));
  const owners = [...new Map(visibleCampaigns.flatMap((c) => (c.owner ? [[c.owner.id, c.owner] as const] : []))).values()].sort((x, y) => x.name.localeCompare(y.name));
  const campaignIds = campaigns.map((c) => c.id);
  const marketIds = markets.map((m) => m.id);
  const pageCount = Math.max(1, Math.ceil(campaigns.length / CAMPAIGNS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const pageCampaigns = campaigns.slice((page - 1) * CAMPAIGNS_PER_PAGE, page * CAMPAIGNS_PER_PAGE);
  const pageIds = pageCampaigns.map((c) => c.id);

  // Rankings and charts aggregate every filtered campaign in SQL; cells load only this page's campaigns.
  const [marketStats, weekly, variants, blockStats] = await Promise.all([
    loadMarketStats(db, campaignIds, marketIds, now),
    loadWeeklyApprovals(db, campaignIds, marketIds),
    pageIds.length && marketIds.length
      ? db.variant.findMany({
          where: { campaignId: { in: pageIds }, marketId: { in: marketIds }, state: { not: "archived" } },
          select: { id: true, campaignId: true, marketId: true, locale: true, state: true, dueDate: true, approvedAt: true, errorCount: true, warningCount: true },
        })
      : Promise.resolve([]),
    loadBlockStats(db, pageIds, marketIds),
  ]);

  const cells = variants.map((v) => toCell(v, blockStats.get(v.id), now));

  const ranking = rankMarkets(markets, marketStats);

  let cumulative = 0;
  const approvalsOverTime = weekly.map(({ week, approved }) => ({ week, approved, cumulative: (cumulative += approved) }));

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
    cells,
    ranking,
    approvalsOverTime,
    filterOptions: {
      regions: [...new Set(visibleMarkets.map((m) => m.region).filter(Boolean))].sort(),
      channels: [...new Set(visibleCampaigns.flatMap((c) => c.channels))].sort(),
      owners,
    },
  };
}

export type Coverage = Awaited<ReturnType<typeof loadCoverage>>;
