// Builds the OpenAPI 3.1 document from the endpoint registry; JSON Schemas come from the same zod
// schemas the routes validate requests with (z.toJSONSchema, input side) and from the response
// schemas beside them (output side: objects are closed, so an undocumented field is a difference).
import { z } from "zod";
import { ERROR_COMPONENTS, errorResponses } from "./error-responses";
import { API_ENDPOINTS, IMPORT_PROBLEMS_SCHEMA, type ApiEndpoint } from "./registry";
import { webhookComponents, webhookOperations } from "./webhooks";

type Json = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return out;
}

function parameters(endpoint: ApiEndpoint): Json[] {
  const params: Json[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  if (endpoint.query) {
    const shape = jsonSchema(endpoint.query) as { properties?: Record<string, Json>; required?: string[] };
    const required = new Set(shape.required ?? []);
    for (const [name, schema] of Object.entries(shape.properties ?? {})) {
      params.push({ name, in: "query", required: required.has(name), schema });
    }
  }
  return params;
}

/**
 * The codes every endpoint of this kind answers, besides its own. Every status is listed with its
 * codes (no `default`), so a client can tell the errors apart by `code` alone.
 */
function commonErrors(endpoint: ApiEndpoint): string[] {
  const unexpected = ["INTERNAL", "DATABASE_BUSY"];
  if (endpoint.auth !== "bearer") return [...(endpoint.body?.schema ? ["BAD_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "VALIDATION_FAILED"] : []), ...unexpected];
  const codes = ["UNAUTHENTICATED", "TEXT_INVALID_CHARACTERS", ...unexpected];
  if (endpoint.method !== "GET" && !endpoint.allowReadOnly) codes.push("READ_ONLY_TOKEN");
  if (endpoint.body?.contentTypes.includes("application/json")) codes.push("BAD_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "VALIDATION_FAILED", "REFERENCE_NOT_FOUND");
  return codes;
}

export function operationId(endpoint: Pick<ApiEndpoint, "method" | "path">): string {
  const words = endpoint.path.replace(/\/api(\/v1)?/, "").replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""));
  return `${endpoint.method.toLowerCase()}${words}`;
}

function successResponse(endpoint: ApiEndpoint): Json {
  const { response } = endpoint;
  const contentTypes = [response.contentType ?? "application/json"].flat();
  const headers: Json = {};
  if (response.location) headers.Location = { description: "URL of the created resource", required: true, schema: { type: "string" } };
  for (const [name, description] of Object.entries(response.headers ?? {})) headers[name] = { description, required: true, schema: { type: "string" } };
  return {
    description: response.description,
    content: Object.fromEntries(
      contentTypes.map((type) => [type, response.schema && type.endsWith("json") ? { schema: jsonSchema(response.schema, "output") } : { schema: { type: "string", format: "binary" } }]),
    ),
    ...(Object.keys(headers).length ? { headers } : {}),
  };
}

function operation(endpoint: ApiEndpoint): Json {
  const op: Json = {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    operationId: operationId(endpoint),
    security: endpoint.auth === "bearer" ? [{ bearerAuth: [] }] : [],
  };
  if (endpoint.description) op.description = endpoint.description;
  const params = parameters(endpoint);
  if (params.length) op.parameters = params;
  if (endpoint.body) {
    const body = endpoint.body;
    op.requestBody = {
      required: true,
      description: body.description,
      content: Object.fromEntries(
        body.contentTypes.map((type) => [
          type,
          body.schema && !type.includes("xml") && type !== "text/csv" ? { schema: jsonSchema(body.schema) } : { schema: { type: "string", format: "binary" } },
        ]),
      ),
    };
  }
  const errors = [...new Set([...commonErrors(endpoint), ...endpoint.errors])];
  const redirect = endpoint.redirect
    ? { "302": { description: endpoint.redirect.description, headers: { Location: { description: "Where the file is", required: true, schema: { type: "string" } } } } }
    : {};
  op.responses = { [String(endpoint.response.status)]: successResponse(endpoint), ...redirect, ...errorResponses(errors) };
  op["x-error-codes"] = errors;
  return op;
}

export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const endpoint of API_ENDPOINTS) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Meridian API",
      version: "1",
      description:
        "Campaign localization workspace. Authenticate with a personal access token (Settings → API tokens, or POST /api/v1/auth/token) as `Authorization: Bearer <token>`. Read-only tokens are refused on writes. Errors answer {\"error\":{\"code\",\"message\",\"details\"?}}; each operation lists its codes per HTTP status. A 409 VERSION_CONFLICT always has details {\"yours\": the version the change was based on, \"current\": the stored version} (schema VersionConflictDetails), sometimes with more fields beside them. Webhooks (see `webhooks`) are signed per Standard Webhooks.",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(API_ENDPOINTS.map((e) => e.tag)), "Webhooks"].map((name) => ({ name })),
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Personal access token (mrd_…); read-only tokens are refused on writes" },
      },
      schemas: { ...ERROR_COMPONENTS, ImportProblems: jsonSchema(IMPORT_PROBLEMS_SCHEMA), ...webhookComponents() },
    },
  };
}
