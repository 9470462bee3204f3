// API v1: pre-translate the empty translate blocks of a variant in the background (optional
// {"sources":["tm","mt"],"threshold":75,"provider":"apertium"}) → 202 {"jobId"}.
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";
import { authorizePretranslation, requestPretranslation } from "@/lib/jobs/pretranslation/request-pretranslation";
import { pretranslateBodySchema } from "@/lib/translation/pretranslate.schemas";

export const POST = apiRoute<{ id: string }>(
  async ({ req, actor, params }) => {
    await authorizePretranslation(actor, params.id);
    const empty = !req.body || req.headers.get("content-length") === "0";
    const body = empty ? {} : await readJson(req, pretranslateBodySchema);
    return requestPretranslation(actor, { ...body, variantId: params.id });
  },
  { status: 202 },
);
