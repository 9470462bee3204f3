// Asset metadata, shared by the upload/edit forms, the actions and POST /api/v1/assets.
import { z } from "zod";
import { clearableDate } from "@/lib/validation/calendar-date";

export const ASSET_STATUSES = ["draft", "approved", "retired"] as const;
export const ASSET_KINDS = ["image", "video", "document"] as const;
export const EXPIRY_FILTERS = ["expired", "expiring", "valid", "none"] as const;

/** "a, b" or ["a","b"] → trimmed, lower-cased, unique tags. */
const tags = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")))
  .transform((list) => [...new Set(list.map((t) => t.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, "TAG_TOO_LONG")).max(30));

const ids = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")))
  .transform((list) => [...new Set(list.map((t) => t.trim()).filter(Boolean))]);

/** "2026-05-01", an ISO timestamp, "" or null. */
const optionalDate = clearableDate;

export const assetMetaSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(""),
  tags: tags.default([]),
  status: z.enum(ASSET_STATUSES).default("draft"),
  allowedMarketIds: ids.default([]),
  rightsExpireAt: optionalDate,
  /** An alternate of this asset for `marketId`. */
  alternateOfId: z.string().min(1).nullish(),
  marketId: z.string().min(1).nullish(),
});
export type AssetMeta = z.output<typeof assetMetaSchema>;

const uploadedFileSchema = z.object({ name: z.string(), bytes: z.instanceof(Buffer) });

/** An upload as the route, the action or the seed hands it over: raw metadata fields and the file. */
export const uploadAssetSchema = z.object({
  meta: z.record(z.string(), z.unknown()).pipe(assetMetaSchema),
  file: uploadedFileSchema,
});
export type UploadAssetInput = z.input<typeof uploadAssetSchema>;

export const addAssetVersionSchema = z.object({ assetId: z.string().min(1), file: uploadedFileSchema });
export type AddAssetVersionInput = z.input<typeof addAssetVersionSchema>;

export const updateAssetSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(200).optional(),
  description: z.string().trim().max(5000).optional(),
  tags: tags.optional(),
  status: z.enum(ASSET_STATUSES).optional(),
  allowedMarketIds: ids.optional(),
  rightsExpireAt: optionalDate,
});
export type UpdateAssetInput = z.input<typeof updateAssetSchema>;

export const assetFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  status: z.enum(ASSET_STATUSES).optional(),
  kind: z.enum(ASSET_KINDS).optional(),
  /** Market id: assets usable in that market. */
  market: z.string().trim().max(40).optional(),
  expiry: z.enum(EXPIRY_FILTERS).optional(),
  alternates: z.enum(["include", "exclude"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(60),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AssetFilter = z.input<typeof assetFilterSchema>;

/** Reads the metadata fields of a multipart form (the file is read separately). */
export function assetMetaFromForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  const allowed = all("allowedMarketIds");
  return {
    title: text("title"),
    description: text("description"),
    tags: all("tags").join(","),
    status: text("status") || undefined,
    allowedMarketIds: allowed.length ? allowed.join(",") : undefined,
    rightsExpireAt: text("rightsExpireAt"),
    alternateOfId: text("alternateOfId") || undefined,
    marketId: text("marketId") || undefined,
  };
}
