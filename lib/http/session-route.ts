// The one wrapper for route handlers the signed-in UI calls with its session cookie (downloads,
// the search box's lookup): session → actor, errors as {"error":{"code","message","details"?}}
// with the code's status (as apiRoute answers), permission denials audited.
import { getSessionActor } from "@/lib/auth";
import { AppError, toAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { type ApiContext, auditDenial, errorResponse, type RouteContext, toResponse } from "./api-route";

export function sessionRoute<P = Record<string, never>>(
  handler: (ctx: ApiContext<P>) => Promise<unknown>,
  /** `authenticate`: where the actor comes from; the session cookie unless a test says otherwise. */
  options: { authenticate?: () => Promise<Actor | null> } = {},
) {
  const authenticate = options.authenticate ?? getSessionActor;
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    let actor: Actor | null = null;
    try {
      actor = await authenticate();
      if (!actor) throw new AppError("UNAUTHENTICATED");
      return toResponse(await handler({ req, actor, params: await context.params }));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      await auditDenial(appError, actor, req, "session-route");
      return errorResponse(appError);
    }
  };
}
