// The campaign schemas shared by the forms, the server actions and API v1.
import { z } from "zod";
import { clearableDate } from "@/lib/validation/calendar-date";
import { BLOCK_TYPES, CHANNELS } from "@/lib/core/checker/rules.types";

export { BLOCK_TYPES, CHANNELS };
export const BLOCK_POLICIES = ["locked", "translate", "adapt", "optional"] as const;
export const FUNNEL_STAGES = ["awareness", "consideration", "conversion", "retention", "advocacy"] as const;
/** More segments than this only warns: a few deep segments beat many shallow ones. */
export const MAX_RECOMMENDED_SEGMENTS = 4;

const text = (max: number) => z.string().trim().max(max);
const optionalDate = clearableDate;

export const segmentSchema = z.object({
  name: text(120).min(1),
  who: text(2000).default(""),
  needs: text(2000).default(""),
  shift: text(2000).default(""),
});
export type Segment = z.infer<typeof segmentSchema>;

const blockKey = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, "BLOCK_KEY_INVALID");

export const blockDefinitionSchema = z.object({
  key: blockKey,
  type: z.enum(BLOCK_TYPES),
  policy: z.enum(BLOCK_POLICIES).default("translate"),
  source: z.string().max(20_000).default(""),
  maxLength: z.number().int().positive().max(100_000).nullish(),
  notes: text(4000).optional(),
  assetId: z.string().min(1).nullish(),
});
export type BlockDefinition = z.infer<typeof blockDefinitionSchema>;

export const touchpointDefinitionSchema = z.object({
  channel: z.enum(CHANNELS),
  name: text(200).min(1),
  blocks: z.array(blockDefinitionSchema).max(500).default([]),
});
export type TouchpointDefinition = z.infer<typeof touchpointDefinitionSchema>;

const marketCodes = z.array(z.string().trim().toUpperCase().min(1).max(10)).max(200);

/** The brief fields, shared by create and update. Markets are named by their code. */
const briefFields = {
  name: text(200).min(1),
  objective: text(500).default(""),
  kpi: text(300).default(""),
  segments: z.array(segmentSchema).max(20).default([]),
  funnelStage: z.enum(FUNNEL_STAGES).default("awareness"),
  channels: z.array(z.enum(CHANNELS)).default([]),
  markets: marketCodes.default([]),
  sourceLocale: z.string().trim().min(2).max(35).default("en-US"),
  startDate: optionalDate,
  endDate: optionalDate,
  dueDate: optionalDate,
  ownerId: z.string().min(1).nullish(),
  requiresBrandSignoff: z.boolean().default(false),
  prefillTargets: z.boolean().default(false),
  briefNotes: text(10_000).default(""),
};

/** POST /api/v1/campaigns and createCampaignFromDefinition: the brief plus touchpoints and blocks. */
export const campaignDefinitionSchema = z.object({
  ...briefFields,
  touchpoints: z.array(touchpointDefinitionSchema).max(100).default([]),
});
export type CampaignDefinition = z.infer<typeof campaignDefinitionSchema>;
export type CampaignDefinitionInput = z.input<typeof campaignDefinitionSchema>;

/** The brief form (create). */
export const campaignBriefSchema = z.object(briefFields);
export type CampaignBriefInput = z.infer<typeof campaignBriefSchema>;

/** PATCH and the brief form (edit): any brief field, plus the version the edit was based on. */
export const updateCampaignSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  name: text(200).min(1).optional(),
  objective: text(500).optional(),
  kpi: text(300).optional(),
  segments: z.array(segmentSchema).max(20).optional(),
  funnelStage: z.enum(FUNNEL_STAGES).optional(),
  channels: z.array(z.enum(CHANNELS)).optional(),
  markets: marketCodes.optional(),
  sourceLocale: z.string().trim().min(2).max(35).optional(),
  startDate: optionalDate,
  endDate: optionalDate,
  dueDate: optionalDate,
  ownerId: z.string().min(1).nullish(),
  requiresBrandSignoff: z.boolean().optional(),
  prefillTargets: z.boolean().optional(),
  briefNotes: text(10_000).optional(),
});
export type UpdateCampaignInput = z.infer<typeof updateCampaignSchema>;

export const campaignIdSchema = z.object({ campaignId: z.string().min(1) });

export const saveBlockSchema = z.object({
  /** Absent = a new block at the end of the touchpoint. */
  blockId: z.string().min(1).optional(),
  touchpointId: z.string().min(1),
  key: blockKey,
  type: z.enum(BLOCK_TYPES),
  policy: z.enum(BLOCK_POLICIES),
  sourceText: z.string().max(20_000).default(""),
  maxLength: z.number().int().positive().max(100_000).nullish(),
  notes: text(4000).default(""),
  assetId: z.string().min(1).nullish(),
});
export type SaveBlockInput = z.infer<typeof saveBlockSchema>;

export const blockIdSchema = z.object({ blockId: z.string().min(1) });
export const moveBlockSchema = z.object({ blockId: z.string().min(1), direction: z.enum(["up", "down"]) });
export const copyBlockSchema = z.object({ blockId: z.string().min(1), touchpointId: z.string().min(1) });

export const addTouchpointSchema = z.object({
  campaignId: z.string().min(1),
  channel: z.enum(CHANNELS),
  name: text(200).min(1),
});
export const touchpointIdSchema = z.object({ touchpointId: z.string().min(1) });

export const checkSourceSchema = z.object({
  text: z.string().max(20_000),
  locale: z.string().min(2).max(35),
  channel: z.enum(CHANNELS).nullish(),
  blockType: z.enum(BLOCK_TYPES).nullish(),
  maxLength: z.number().int().positive().nullish(),
});

export const CAMPAIGN_SORTS = ["updated", "name", "start", "due"] as const;
export const campaignListSchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(["draft", "published", "archived"]).optional(),
  market: z.string().trim().toUpperCase().max(10).optional(),
  owner: z.string().max(60).optional(),
  channel: z.enum(CHANNELS).optional(),
  /** Campaigns running on this day (startDate ≤ day ≤ endDate, open ends allowed). */
  activeOn: z.coerce.date().optional(),
  sort: z.enum(CAMPAIGN_SORTS).default("updated"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type CampaignListInput = z.input<typeof campaignListSchema>;
