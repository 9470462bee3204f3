// Builds the OpenAPI 3.1 document from the endpoint registry; JSON Schemas come from the same
// zod schemas the routes validate with (z.toJSONSchema, input side).
import { z } from "zod";
import { API_ENDPOINTS, IMPORT_PROBLEMS_SCHEMA, type ApiEndpoint } from "./registry";

type Json = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType): Json {
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return out;
}

function parameters(endpoint: ApiEndpoint): Json[] {
  const params: Json[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  if (endpoint.query) {
    const shape = jsonSchema(endpoint.query) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(shape.properties ?? {})) {
      params.push({ name, in: "query", required: false, schema });
    }
  }
  return params;
}

function operation(endpoint: ApiEndpoint): Json {
  const op: Json = {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    operationId: `${endpoint.method.toLowerCase()}${endpoint.path.replace(/\/api(\/v1)?/, "").replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    security: endpoint.auth === "bearer" ? [{ bearerAuth: [] }] : [],
  };
  if (endpoint.description) op.description = endpoint.description;
  const params = parameters(endpoint);
  if (params.length) op.parameters = params;
  if (endpoint.body) {
    op.requestBody = {
      required: true,
      description: endpoint.body.description,
      content: Object.fromEntries(
        endpoint.body.contentTypes.map((type) => [type, endpoint.body!.schema && !type.includes("xml") && type !== "text/csv" ? { schema: jsonSchema(endpoint.body!.schema) } : {}]),
      ),
    };
  }
  const errors = [...new Set([...(endpoint.auth === "bearer" ? ["UNAUTHENTICATED"] : []), ...(endpoint.auth === "bearer" && endpoint.method !== "GET" ? ["READ_ONLY_TOKEN"] : []), ...endpoint.errors])];
  const responses: Json = {
    [String(endpoint.response.status)]: {
      description: endpoint.response.description,
      content: { [endpoint.response.contentType ?? "application/json"]: endpoint.response.schema ? { schema: jsonSchema(endpoint.response.schema) } : {} },
      ...(endpoint.response.location ? { headers: { Location: { description: "URL of the created resource", schema: { type: "string" } } } } : {}),
    },
  };
  if (errors.length) {
    responses.default = {
      description: `Error: ${errors.join(", ")}`,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  op.responses = responses;
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
    info: {
      title: "Meridian API",
      version: "1",
      description:
        "Campaign localization workspace. Authenticate with a personal access token (Settings → API tokens, or POST /api/v1/auth/token) as `Authorization: Bearer <token>`. Read-only tokens are refused on writes. Errors answer {\"error\":{\"code\",\"message\",\"details\"?}}. A 409 VERSION_CONFLICT always has details {\"yours\": the version the change was based on, \"current\": the stored version} (schema VersionConflictDetails), sometimes with more fields beside them.",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(API_ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Personal access token" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
            },
          },
        },
        ImportProblems: jsonSchema(IMPORT_PROBLEMS_SCHEMA),
        // The one shape versionConflict() in lib/errors.ts writes.
        VersionConflictDetails: {
          type: "object",
          required: ["yours", "current"],
          properties: {
            yours: { type: ["integer", "null"], description: "The version the change was based on (null when the caller named none)" },
            current: { type: "integer", description: "The version stored now" },
          },
          additionalProperties: true,
        },
      },
    },
  };
}
