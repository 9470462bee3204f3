// What the /api/v1/assets routes answer (lib/assets/asset-dto.ts). The OpenAPI document is
// generated from these, and the API tests validate real answers against it.
import { z } from "zod";
import { ASSET_KINDS, ASSET_STATUSES } from "./asset.schemas";

const dateTime = z.iso.datetime({ offset: true });

export const assetVersionResponseSchema = z.object({
  version: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasThumbnail: z.boolean(),
  createdAt: dateTime,
});

const assetFields = {
  id: z.string(),
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  kind: z.string().describe(`One of ${ASSET_KINDS.join(", ")}`),
  status: z.enum(ASSET_STATUSES),
  allowedMarketIds: z.array(z.string()),
  rightsExpireAt: dateTime.nullable(),
  currentVersion: z.number().int(),
  alternateOfId: z.string().nullable(),
  marketId: z.string().nullable(),
  flags: z.array(z.enum(["expired", "retired", "not_allowed_in_market", "expires_soon"])),
  createdAt: dateTime,
  updatedAt: dateTime,
  downloadUrl: z.string(),
  versions: z.array(assetVersionResponseSchema).optional(),
};

export const assetResponseSchema = z.object(assetFields).meta({ title: "Asset" });

/** GET /api/v1/assets/{id}: the asset and the market alternates the caller may see. */
export const assetWithAlternatesSchema = z.object({ ...assetFields, alternates: z.array(assetResponseSchema) });

export const assetListResponseSchema = z.object({ total: z.number().int(), items: z.array(assetResponseSchema) });
