// What POST /api/v1/campaigns/import answers (lib/exchange/import-campaign-file.ts); the XLIFF
// import report is xliffImportReportSchema in exchange.schemas.ts.
import { z } from "zod";
import { createdCampaignSchema } from "@/lib/campaigns/campaign.responses";

export const importedCampaignResponseSchema = createdCampaignSchema.extend({
  format: z.enum(["xliff", "json-definition", "json-map"]),
  touchpoints: z.number().int(),
  blocks: z.number().int(),
});

/** GET /api/v1/campaigns/{id}/export?format=json (campaignJson in lib/exchange/export-campaign.ts). */
export const campaignExportJsonSchema = z.object({
  campaign: z.object({ id: z.string(), name: z.string(), sourceLocale: z.string() }),
  exportedAt: z.iso.datetime({ offset: true }),
  variants: z.array(
    z.object({
      id: z.string(),
      market: z.string(),
      locale: z.string(),
      state: z.string(),
      version: z.number().int(),
      approvedAt: z.iso.datetime({ offset: true }).nullable(),
      publishedAt: z.iso.datetime({ offset: true }).nullable(),
      touchpoints: z
        .record(z.string(), z.object({ channel: z.string(), blocks: z.record(z.string(), z.string().nullable()).describe("Block key → published text") }))
        .describe('Keyed by touchpoint name (a repeated name gets " (2)")'),
    }),
  ),
});
