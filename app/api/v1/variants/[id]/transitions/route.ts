// API v1: request a workflow transition of a variant ({"to","comment"?,"checklist"?,"overrideReason"?}).
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";
import { transitionVariant } from "@/lib/variants/transition-variant";
import { transitionBodySchema } from "@/lib/variants/variant.schemas";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  transitionVariant.authorize(actor);
  await transitionVariant.authorizeVariant(actor, params.id);
  const body = await readJson(req, transitionBodySchema);
  return transitionVariant(actor, { ...body, variantId: params.id });
});
