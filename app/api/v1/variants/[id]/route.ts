// API v1: one variant with blocks, source, target and findings (GET, with the version as ETag);
// save blocks against a version given in the body or as If-Match (PUT).
import { AppError, toAppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { readIfMatchVersion, versionTag } from "@/lib/http/entity-tag";
import { readJson } from "@/lib/http/read-body";
import type { Actor } from "@/lib/permissions/actor";
import { getVariantEditor } from "@/lib/variants/get-variant-editor";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { putVariantBodySchema } from "@/lib/variants/variant.schemas";
import { toApiVariant } from "@/lib/variants/to-api-variant";

async function variantResponse(actor: Actor, id: string): Promise<Response> {
  const variant = toApiVariant(await getVariantEditor(actor, id));
  return Response.json(variant, { headers: { ETag: versionTag(variant.version) } });
}

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => variantResponse(actor, params.id));

export const PUT = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  saveVariantBlocks.authorize(actor);
  await saveVariantBlocks.authorizeVariant(actor, params.id);
  const ifMatch = readIfMatchVersion(req);
  const body = await readJson(req, putVariantBodySchema);
  if (ifMatch !== undefined && body.version !== undefined && ifMatch !== body.version) {
    throw new AppError("PRECONDITION_FAILED", { message: `If-Match names version ${ifMatch} but the body says ${body.version}` });
  }
  const version = ifMatch ?? body.version;
  if (version === undefined) {
    throw new AppError("PRECONDITION_REQUIRED", { message: 'Say which version the edits are based on: "version" in the body or an If-Match header' });
  }
  try {
    await saveVariantBlocks(actor, { variantId: params.id, version, blocks: body.blocks });
  } catch (error) {
    const appError = toAppError(error);
    // The precondition came as a header: answer as HTTP says (412), with the same details.
    if (appError.code === "VERSION_CONFLICT" && ifMatch !== undefined) {
      throw new AppError("PRECONDITION_FAILED", { message: appError.message, details: appError.details });
    }
    throw error;
  }
  return variantResponse(actor, params.id);
});
