// Zod schemas shared by the exchange routes, server actions and the OpenAPI document.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "./webhooks/webhook-events";

const id = z.string().min(1).max(64);

export const xliffVersionSchema = z.enum(["1.2", "2.0"]);

/** GET /api/v1/variants/{id}/xliff query. */
export const exportXliffQuerySchema = z.object({ version: xliffVersionSchema.default("2.0") });

export const CAMPAIGN_EXPORT_FORMATS = ["json", "csv", "xliff-zip"] as const;
/** GET /api/v1/campaigns/{id}/export query. */
export const campaignExportQuerySchema = z.object({
  format: z.enum(CAMPAIGN_EXPORT_FORMATS).default("json"),
  /** xliff-zip only: XLIFF version of the files. */
  version: xliffVersionSchema.default("2.0"),
  /** Comma-separated market codes; default every market the caller sees. */
  markets: z.string().max(500).optional(),
});

/** POST /api/v1/campaigns/import query: values the file cannot carry. */
export const campaignImportQuerySchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  /** Comma-separated market codes to target. */
  markets: z.string().max(500).optional(),
  channel: z.enum(["email", "landing_page", "social", "banner", "push", "print", "sms"]).optional(),
});

/** A file as the operations take it: bytes, or text already decoded. Checked by type only (O(1)). */
const fileSchema = z.union([z.custom<Uint8Array>((value) => value instanceof Uint8Array, "Expected bytes"), z.string()]);

/** importVariantXliff: the vendor's file for one variant. */
export const importVariantXliffSchema = z.object({ variantId: id, file: fileSchema });

/** importCampaignFile: the file and the values it cannot carry. */
export const importCampaignFileSchema = z.object({
  file: fileSchema,
  options: z
    .object({
      name: z.string().max(200).optional(),
      markets: z.array(z.string().max(16)).max(500).optional(),
      channel: campaignImportQuerySchema.shape.channel,
    })
    .optional(),
});

/** The flat or nested JSON map accepted by the campaign import: { "key": "text" } or { "group": { "key": "text" } }. */
export const flatJsonMapSchema = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.unknown())]));

/** One problem of a refused import, by unit id (XLIFF) or JSON path. */
export const importProblemSchema = z.object({
  unitId: z.string().optional(),
  path: z.string().optional(),
  code: z.string(),
  message: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  /** The specification rule a refused file breaks, e.g. `xliff2:segment.source`. */
  rule: z.string().optional(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** PUT /api/v1/variants/{id}/xliff answer. */
export const xliffImportReportSchema = z.object({
  variantId: z.string(),
  version: z.number().int(),
  units: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  untranslated: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});

/** Server action: import an XLIFF file (base64 of its bytes, so any encoding survives). */
export const importVariantXliffActionSchema = z.object({
  variantId: id,
  fileBase64: z.string().min(1).max(28_000_000),
});

export const webhookEventSchema = z.enum(WEBHOOK_EVENTS);

const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000);

export const createWebhookSchema = z.object({
  url: webhookUrl,
  events: z.array(webhookEventSchema).min(1),
  active: z.boolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({
  id,
  url: webhookUrl.optional(),
  events: z.array(webhookEventSchema).min(1).optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const webhookIdSchema = z.object({ id });
export const deliveryIdSchema = z.object({ deliveryId: id });
