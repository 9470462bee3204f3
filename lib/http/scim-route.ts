// The wrapper for /scim/v2 route handlers (RFC 7644): the same bearer tokens as /api/v1 (an
// admin's token; read-only tokens only read), bodies as application/scim+json (or json),
// answers as application/scim+json, and every error in the SCIM error schema with the status as
// a string and a scimType where RFC 7644 §3.12 names one. Denials are audited like the API's.
import { env } from "@/lib/env";
import { AppError, toAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { SCIM_ERROR_SCHEMA } from "@/lib/scim/scim.schemas";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { rejectUnstorableText } from "@/lib/validation/storable-text";
import { auditDenial, type RouteContext } from "./api-route";
import { readBytes, requireMediaType } from "./read-body";

export const SCIM_CONTENT_TYPE = "application/scim+json";

export interface ScimContext<P> {
  req: Request;
  actor: Actor;
  params: P;
  /** The SCIM root for meta.location and $ref, e.g. https://meridian.example/scim/v2 */
  base: string;
}

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": SCIM_CONTENT_TYPE, ...headers } });
}

const SCIM_TYPES: Record<string, string> = { VALIDATION_FAILED: "invalidValue", BAD_REQUEST: "invalidSyntax", ALREADY_EXISTS: "uniqueness", USER_EMAIL_TAKEN: "uniqueness" };

export function scimError(error: AppError): Response {
  // SCIM knows 400 for every invalid body; the API's 422 would confuse identity providers.
  const status = error.status === 422 ? 400 : error.status;
  const scimType = (error.details as { scimType?: string } | undefined)?.scimType ?? SCIM_TYPES[error.code];
  const body = { schemas: [SCIM_ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail: error.code === error.message ? error.code : `${error.code}: ${error.message}` };
  return scimJson(body, status, status === 401 ? { "WWW-Authenticate": 'Bearer realm="meridian-scim"' } : {});
}

/** A SCIM request body: JSON under either media type, size-limited, unstorable text refused. */
export async function readScimBody(req: Request): Promise<unknown> {
  requireMediaType(req, [SCIM_CONTENT_TYPE, "application/json"]);
  const bytes = await readBytes(req, 1_000_000);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", { message: "The body is not valid JSON", details: { scimType: "invalidSyntax" } });
  }
  rejectUnstorableText(value);
  return value;
}

function scimBase(req: Request): string {
  return `${(env().NEXTAUTH_URL ?? new URL(req.url).origin).replace(/\/+$/, "")}/scim/v2`;
}

export function scimRoute<P = Record<string, never>>(handler: (ctx: ScimContext<P>) => Promise<Response>) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    let actor: Actor | null = null;
    try {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "");
      actor = match ? await authenticateToken(match[1]!) : null;
      if (!actor) throw new AppError("UNAUTHENTICATED", { message: "A valid bearer token is required" });
      if (req.method !== "GET" && actor.readOnly) throw new AppError("READ_ONLY_TOKEN", { message: "This token is read-only", denial: true });
      const params = await context.params;
      rejectUnstorableText([params, Object.fromEntries(new URL(req.url).searchParams)]);
      return await handler({ req, actor, params, base: scimBase(req) });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      await auditDenial(appError, actor, req, "scim");
      return scimError(appError);
    }
  };
}
