// Checks real answers of route handlers against the generated OpenAPI document (JSON Schema 2020-12
// via ajv): the status must be one the operation documents, the content type one it names, and a
// JSON body must match that response's schema. The API tests wrap the route modules they call
// with documentedRoute(), so every call they make is checked.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";

type Json = Record<string, unknown>;
type Operation = { responses: Record<string, { content?: Record<string, { schema?: Json }>; headers?: Record<string, { required?: boolean }> }> };
type Handler = (req: Request, context: { params: Promise<never> }) => Promise<Response>;

const DOCUMENT_ID = "meridian-openapi.json";
let state: { doc: { paths: Record<string, Record<string, Operation>>; webhooks: Record<string, { post: Operation & { requestBody: { content: Record<string, { schema: Json }> } } }> }; ajv: Ajv2020 } | undefined;
const validators = new Map<string, ValidateFunction>();

function load() {
  if (!state) {
    const doc = buildOpenApiDocument() as unknown as NonNullable<typeof state>["doc"];
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema(doc as unknown as Json, DOCUMENT_ID);
    state = { doc, ajv };
  }
  return state;
}

const pointer = (...parts: string[]) => parts.map((p) => encodeURIComponent(p.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

function validator(key: string, ...parts: string[]): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = load().ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer(...parts)}` });
    validators.set(key, validate);
  }
  return validate;
}

function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 8)
    .map((e) => `${e.instancePath || "(body)"} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`)
    .join("\n  ");
}

/** Throws when `response` is not what the document says `method path` answers (reads a clone). */
export async function expectDocumented(method: string, path: string, response: Response): Promise<void> {
  const { doc } = load();
  const m = method.toLowerCase();
  const op = doc.paths[path]?.[m];
  if (!op) throw new Error(`${method} ${path} is not in the OpenAPI document`);
  const statusKey = String(response.status);
  const documentedStatus = op.responses[statusKey] ? statusKey : op.responses[`${statusKey[0]}XX`] ? `${statusKey[0]}XX` : null;
  if (!documentedStatus) throw new Error(`${method} ${path} answered ${response.status}, which its document does not list (${Object.keys(op.responses).join(", ")})`);
  const missing = Object.entries(op.responses[documentedStatus]!.headers ?? {}).filter(([name, h]) => h.required && !response.headers.has(name));
  if (missing.length) throw new Error(`${method} ${path} answered ${response.status} without the header(s) ${missing.map(([name]) => name).join(", ")} its document promises`);
  if (response.status === 204 || response.status === 304 || (response.status === 302 && !op.responses["302"]!.content)) return;
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const content = op.responses[documentedStatus]!.content ?? {};
  const documentedType = [contentType, `${contentType.split("/")[0]}/*`, "*/*"].find((type) => type in content);
  if (!documentedType) {
    throw new Error(`${method} ${path} answered ${response.status} as ${contentType || "no content type"}; the document names ${Object.keys(content).join(", ") || "no body"}`);
  }
  if (!documentedType.endsWith("json")) return;
  const body: unknown = await response.clone().json();
  const validate = validator(`${m} ${path} ${documentedStatus} ${documentedType}`, "paths", path, m, "responses", documentedStatus, "content", documentedType, "schema");
  if (!validate(body)) {
    throw new Error(`${method} ${path} answered ${response.status} with a body its document does not describe:\n  ${describeErrors(validate)}\nbody: ${JSON.stringify(body).slice(0, 600)}`);
  }
}

/** Throws when `body` is not the documented payload of webhook `event`. */
export function expectDocumentedWebhook(event: string, body: unknown): void {
  const { doc } = load();
  if (!doc.webhooks[event]) throw new Error(`Webhook ${event} is not in the OpenAPI document`);
  const validate = validator(`webhook ${event}`, "webhooks", event, "post", "requestBody", "content", "application/json", "schema");
  if (!validate(body)) throw new Error(`Webhook ${event} body is not what its document describes:\n  ${describeErrors(validate)}`);
}

/**
 * The route module with every method handler wrapped: each answer is checked against the document
 * before the test sees it. `path` is the OpenAPI path, e.g. "/api/v1/variants/{id}".
 */
export function documentedRoute<M extends Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", unknown>>>(path: string, route: M): M {
  const wrapped: Record<string, unknown> = { ...route };
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
    const handler = route[method] as Handler | undefined;
    if (typeof handler !== "function") continue;
    wrapped[method] = async (...args: Parameters<Handler>) => {
      const response = await handler(...args);
      await expectDocumented(method, path, response);
      return response;
    };
  }
  return wrapped as M;
}
