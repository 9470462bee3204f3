// API v1: one variant with blocks, source, target and findings (GET); save blocks against a version (PUT).
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";
import { getVariantEditor } from "@/lib/variants/get-variant-editor";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { putVariantBodySchema } from "@/lib/variants/variant.schemas";
import { toApiVariant } from "@/lib/variants/to-api-variant";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => toApiVariant(await getVariantEditor(actor, params.id)));

export const PUT = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const body = await readJson(req, putVariantBodySchema);
  await saveVariantBlocks(actor, { variantId: params.id, version: body.version, blocks: body.blocks });
  return toApiVariant(await getVariantEditor(actor, params.id));
});
