// What the /api/v1/campaigns routes answer (JSON after serialization: dates are ISO strings). The
// OpenAPI document is generated from these, and the API tests validate real answers against it.
import { z } from "zod";
import { VARIANT_STATES } from "@/lib/core/workflow/variant-state-machine";
import { BLOCK_POLICIES, FUNNEL_STAGES } from "./campaign.schemas";

const dateTime = z.iso.datetime({ offset: true });
const campaignStatus = z.enum(["draft", "published", "archived"]);
const person = z.object({ id: z.string(), name: z.string() });
const warnings = z.array(z.enum(["OBJECTIVE_MISSING", "TOO_MANY_SEGMENTS"])).describe("Brief warnings: the campaign was saved anyway");

/** GET/PATCH /api/v1/campaigns/{id} (lib/campaigns/campaign-json.ts). */
export const campaignResponseSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: campaignStatus,
    version: z.number().int().describe("Send it back as `version` when editing"),
    objective: z.string(),
    kpi: z.string(),
    segments: z.array(z.object({ name: z.string(), who: z.string(), needs: z.string(), shift: z.string() })),
    funnelStage: z.string().describe(`One of ${FUNNEL_STAGES.join(", ")}`),
    channels: z.array(z.string()),
    sourceLocale: z.string(),
    startDate: dateTime.nullable(),
    endDate: dateTime.nullable(),
    dueDate: dateTime.nullable(),
    owner: person.nullable(),
    requiresBrandSignoff: z.boolean(),
    prefillTargets: z.boolean(),
    briefNotes: z.string(),
    publishedAt: dateTime.nullable(),
    markets: z.array(z.string()).describe("Market codes"),
    touchpoints: z.array(
      z.object({
        id: z.string(),
        channel: z.string(),
        name: z.string(),
        blocks: z.array(
          z.object({
            id: z.string(),
            key: z.string(),
            type: z.string(),
            policy: z.enum(BLOCK_POLICIES),
            source: z.string(),
            sourceVersion: z.number().int(),
            maxLength: z.number().int().nullable(),
            notes: z.string(),
            assetId: z.string().nullable(),
          }),
        ),
      }),
    ),
    variants: z.array(
      z.object({
        id: z.string(),
        market: z.string(),
        locale: z.string(),
        state: z.enum(VARIANT_STATES),
        assignee: person.nullable(),
        dueDate: dateTime.nullable(),
        blocksDone: z.number().int(),
        blocksOutdated: z.number().int(),
        blocksTotal: z.number().int(),
      }),
    ),
  })
  .meta({ title: "Campaign" });

/** GET /api/v1/campaigns (lib/campaigns/find-campaigns.ts). */
export const campaignListResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pages: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      objective: z.string(),
      kpi: z.string(),
      status: campaignStatus,
      channels: z.array(z.string()),
      funnelStage: z.string(),
      startDate: dateTime.nullable(),
      endDate: dateTime.nullable(),
      dueDate: dateTime.nullable(),
      publishedAt: dateTime.nullable(),
      updatedAt: dateTime,
      version: z.number().int(),
      owner: person.nullable(),
      markets: z.array(z.string()),
      _count: z.object({ variants: z.number().int(), touchpoints: z.number().int() }),
    }),
  ),
});

/** POST /api/v1/campaigns (lib/campaigns/create-campaign.ts). */
export const createdCampaignSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    status: z.literal("draft"),
    warnings,
  })
  .meta({ examples: [{ id: "cmf1cmp0000000000000000", version: 1, status: "draft", warnings: ["OBJECTIVE_MISSING"] }] });

/** POST /api/v1/campaigns/{id}/publish. */
export const publishedCampaignSchema = z.object({
  id: z.string(),
  status: z.literal("published"),
  publishedAt: dateTime,
  variants: z.array(z.object({ id: z.string(), market: z.string(), locale: z.string(), state: z.literal("draft"), assigneeId: z.string().nullable() })),
});
