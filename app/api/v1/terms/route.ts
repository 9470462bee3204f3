// Term lookup for outside callers: GET /api/v1/terms?q=<text>&locale=<bcp47>&limit=<n>.
import { apiRoute } from "@/lib/http/api-route";
import { lookupTerms } from "@/lib/termbase/lookup-terms";
import { lookupSchema } from "@/lib/termbase/termbase.schemas";

export const GET = apiRoute(async ({ req, actor }) => {
  const params = new URL(req.url).searchParams;
  const input = lookupSchema.parse({
    q: params.get("q") ?? "",
    locale: params.get("locale") || undefined,
    limit: params.get("limit") ?? undefined,
  });
  const hits = await lookupTerms(actor, input);
  return { items: hits };
});
