// Instant term lookup for the global search box (session-authenticated, results while typing).
import { sessionRoute } from "@/lib/http/session-route";
import { lookupConcepts } from "@/lib/termbase/lookup-terms";
import { lookupSchema } from "@/lib/termbase/termbase.schemas";

export const GET = sessionRoute(async ({ req, actor }) => {
  const params = new URL(req.url).searchParams;
  const input = lookupSchema.parse({ q: params.get("q") ?? "", locale: params.get("locale") || undefined, limit: params.get("limit") ?? 12 });
  const concepts = await lookupConcepts(actor, input);
  return Response.json({ concepts }, { headers: { "Cache-Control": "no-store" } });
});
