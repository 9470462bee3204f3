// Creates a campaign from a definition: the brief, its target markets (by code) and optionally
// touchpoints with blocks. The UI's "new campaign" form, POST /api/v1/campaigns and imports
// (XLIFF/JSON) all come through here. Everything is validated first, then written at once.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { briefWarnings, type BriefWarning } from "./brief-warnings";
import { campaignDefinitionSchema, type Segment } from "./campaign.schemas";
import { campaignChannels, definitionProblems, touchpointRows } from "./campaign-definition";

export interface CreatedCampaign {
  id: string;
  version: number;
  status: "draft";
  warnings: BriefWarning[];
}

export const createCampaignFromDefinition = defineOperation({
  name: "campaign.create",
  input: campaignDefinitionSchema,
  authorize: canCreateCampaign,
  run: async ({ actor, input: def, tx: db }): Promise<CreatedCampaign> => {
    const markets = await db.market.findMany({
      where: { code: { in: def.markets }, archivedAt: null },
      select: { id: true, code: true },
    });
    const idOf = new Map(markets.map((m) => [m.code, m.id]));
    const problems = definitionProblems(def, new Set(idOf.keys()));
    if (problems.length > 0) throw new AppError("CAMPAIGN_INVALID", { status: 422, message: "The campaign has problems", details: { problems } });
    const campaign = await db.campaign.create({
      data: {
        name: def.name,
        objective: def.objective,
        kpi: def.kpi,
        segments: def.segments as Segment[],
        funnelStage: def.funnelStage,
        channels: campaignChannels(def.channels, def.touchpoints),
        sourceLocale: def.sourceLocale,
        startDate: def.startDate ?? null,
        endDate: def.endDate ?? null,
        dueDate: def.dueDate ?? null,
        ownerId: def.ownerId ?? actor.id,
        requiresBrandSignoff: def.requiresBrandSignoff,
        prefillTargets: def.prefillTargets,
        briefNotes: def.briefNotes,
        markets: { create: [...new Set(def.markets)].map((code) => ({ marketId: idOf.get(code)! })) },
      },
      select: { id: true, version: true },
    });
    for (const tp of touchpointRows(def.touchpoints)) {
      await db.touchpoint.create({
        data: { campaignId: campaign.id, channel: tp.channel, name: tp.name, position: tp.position, blocks: { create: tp.blocks } },
        select: { id: true },
      });
    }
    await recordAudit(
      {
        actor,
        action: "campaign.create",
        entityType: "campaign",
        entityId: campaign.id,
        after: { name: def.name, markets: def.markets, touchpoints: def.touchpoints.length },
      },
      db,
    );
    return { id: campaign.id, version: campaign.version, status: "draft", warnings: briefWarnings(def) };
  },
});
