// API v1: a variant as XLIFF 1.2/2.0 for a vendor (GET), and the vendor's file imported back as one all-or-nothing edit (PUT).
import { env } from "@/lib/env";
import { XLIFF_MEDIA_TYPES } from "@/lib/exchange/exchange-media-types";
import { exportXliffQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { importVariantXliff } from "@/lib/exchange/import-variant-xliff";
import { apiRoute } from "@/lib/http/api-route";
import { downloadResponse, exportedFileDownload } from "@/lib/http/download-response";
import { readBytes, requireMediaType } from "@/lib/http/read-body";

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const query = exportXliffQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return downloadResponse(exportedFileDownload(await exportVariantXliff(actor, { variantId: params.id, version: query.version })));
});

export const PUT = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  // Who may import into this variant is settled before a byte of the (up to MAX_IMPORT_MB) body is read.
  importVariantXliff.authorize(actor);
  await importVariantXliff.authorizeVariant(actor, params.id);
  requireMediaType(req, XLIFF_MEDIA_TYPES);
  const body = await readBytes(req, env().MAX_IMPORT_MB * 1024 * 1024);
  return importVariantXliff(actor, { variantId: params.id, file: new Uint8Array(body) });
});
