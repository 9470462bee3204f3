// Instant term lookup for the global search box (session-authenticated, results while typing).
import { getSessionActor } from "@/lib/auth";
import { AppError, toAppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-route";
import { lookupConcepts } from "@/lib/termbase/lookup-terms";
import { lookupSchema } from "@/lib/termbase/termbase.schemas";

export async function GET(req: Request): Promise<Response> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const params = new URL(req.url).searchParams;
    const input = lookupSchema.parse({ q: params.get("q") ?? "", locale: params.get("locale") || undefined, limit: params.get("limit") ?? 12 });
    const concepts = await lookupConcepts(actor, input);
    return Response.json({ concepts }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error(error);
    return errorResponse(appError);
  }
}
