// API v1: assign a variant to a person ({"email"} or {"userId"}, optional "dueDate") or unassign
// it (a JSON null body); answers with the variant as GET /api/v1/variants/{id} does.
import { apiRoute } from "@/lib/http/api-route";
import { versionTag } from "@/lib/http/entity-tag";
import { readJson } from "@/lib/http/read-body";
import { assignVariant } from "@/lib/variants/assign-variant";
import { assignInputFromBody, assigneeBodySchema } from "@/lib/variants/assignment.schemas";
import { getVariantEditor } from "@/lib/variants/get-variant-editor";
import { toApiVariant } from "@/lib/variants/to-api-variant";

export const PUT = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  assignVariant.authorize(actor);
  await assignVariant.authorizeVariant(actor, params.id);
  const body = await readJson(req, assigneeBodySchema, 16_384);
  await assignVariant(actor, assignInputFromBody(params.id, body));
  const variant = toApiVariant(await getVariantEditor(actor, params.id));
  return Response.json(variant, { headers: { ETag: versionTag(variant.version) } });
});
