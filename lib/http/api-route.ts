// The one wrapper for /api/v1 route handlers: bearer-token authentication, read-only tokens
// refused on writes, errors as {"error":{"code","message","details"?}} with the code's status,
// permission denials audited. Uses only the web Request/Response types.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, toAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { rejectUnstorableText } from "@/lib/validation/storable-text";
import { authenticateToken } from "@/lib/tokens/authenticate-token";

export interface ApiContext<P> {
  req: Request;
  actor: Actor;
  params: P;
}

export type RouteContext<P> = { params: Promise<P> };

export function errorResponse(error: AppError): Response {
  const body: { error: { code: string; message: string; details?: unknown } } = {
    error: { code: error.code, message: error.message },
  };
  if (error.details !== undefined) body.error.details = error.details;
  const headers: Record<string, string> = {};
  if (error.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="meridian"';
  const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if ((error.status === 429 || error.status === 503) && retry) headers["Retry-After"] = String(retry);
  return Response.json(body, { status: error.status, headers });
}

export function toResponse(value: unknown, status = 200, location?: string): Response {
  if (value instanceof Response) return value;
  if (value === undefined) return new Response(null, { status: 204 });
  return Response.json(value, { status, headers: location ? { Location: location } : undefined });
}

/** Writes a permission denial to the audit log; `entityType` names the door ("api", "session-route"). */
export async function auditDenial(error: AppError, actor: Actor | null, req: Request, entityType = "api"): Promise<void> {
  if (!error.denial) return;
  await recordAudit({
    actor,
    action: "permission.denied",
    entityType,
    meta: { method: req.method, path: new URL(req.url).pathname, code: error.code },
  }).catch(() => undefined);
}

export function publicApiRoute<P = Record<string, never>>(
  handler: (ctx: { req: Request; params: P }) => Promise<unknown>,
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return toResponse(await handler({ req, params: await context.params }));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      return errorResponse(appError);
    }
  };
}

export function apiRoute<P = Record<string, never>, R = unknown>(
  handler: (ctx: ApiContext<P>) => Promise<R>,
  /**
   * `allowReadOnly`: a POST that changes nothing (e.g. /api/v1/check) accepts read-only tokens.
   * `location`: where the created resource lives (the Location header of a 201).
   */
  options: { status?: number; allowReadOnly?: boolean; location?: (result: R) => string } = {},
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    let actor: Actor | null = null;
    try {
      const header = req.headers.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      actor = match ? await authenticateToken(match[1]!) : null;
      if (!actor) throw new AppError("UNAUTHENTICATED", { message: "A valid bearer token is required" });
      const writes = !["GET", "HEAD", "OPTIONS"].includes(req.method);
      if (writes && actor.readOnly && !options.allowReadOnly) {
        throw new AppError("READ_ONLY_TOKEN", { message: "This token is read-only", denial: true });
      }
      const params = await context.params;
      rejectUnstorableText([params, Object.fromEntries(new URL(req.url).searchParams)]);
      const result = await handler({ req, actor, params });
      return toResponse(result, options.status, options.location?.(result));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      await auditDenial(appError, actor, req);
      return errorResponse(appError);
    }
  };
}
