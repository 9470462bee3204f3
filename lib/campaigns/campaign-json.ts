// The API v1 shape of a campaign (GET /api/v1/campaigns/{id}): blocks carry key, type, policy and
// source; variants name their market by code.
import type { CampaignOverview } from "./get-campaign";

export function campaignToJson(c: CampaignOverview) {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    version: c.version,
    objective: c.objective,
    kpi: c.kpi,
    segments: c.segments,
    funnelStage: c.funnelStage,
    channels: c.channels,
    sourceLocale: c.sourceLocale,
    startDate: c.startDate?.toISOString() ?? null,
    endDate: c.endDate?.toISOString() ?? null,
    dueDate: c.dueDate?.toISOString() ?? null,
    owner: c.owner ? { id: c.owner.id, name: c.owner.name } : null,
    requiresBrandSignoff: c.requiresBrandSignoff,
    prefillTargets: c.prefillTargets,
    briefNotes: c.briefNotes,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    markets: c.markets.filter((m) => !m.removedAt).map((m) => m.market.code),
    touchpoints: c.touchpoints.map((t) => ({
      id: t.id,
      channel: t.channel,
      name: t.name,
      blocks: t.blocks.map((b) => ({
        id: b.id,
        key: b.key,
        type: b.type,
        policy: b.policy,
        source: b.sourceText,
        sourceVersion: b.sourceVersion,
        maxLength: b.maxLength,
        notes: b.notes,
        assetId: b.assetId,
      })),
    })),
    variants: c.variants.map((v) => ({
      id: v.id,
      market: v.market.code,
      locale: v.locale,
      state: v.state,
      assignee: v.assignee ? { id: v.assignee.id, name: v.assignee.name } : null,
      dueDate: v.dueDate?.toISOString() ?? null,
      blocksDone: v.blocksDone,
      blocksOutdated: v.blocksOutdated,
      blocksTotal: v.blocksTotal,
    })),
  };
}
