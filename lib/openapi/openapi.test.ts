// The OpenAPI document covers every exported method of every app/api/v1 route file, every JSON
// answer has its schema, every error code its status, and every webhook event its payload.
import fs from "node:fs";
import path from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { WEBHOOK_EVENTS } from "@/lib/exchange/webhooks/webhook-events";
import { buildOpenApiDocument } from "./build-openapi";
import { hasKnownStatus } from "./error-responses";
import { documentedRoute, expectDocumented } from "./testing/expect-documented";
import { API_ENDPOINTS } from "./registry";

const ROOT = path.resolve(process.cwd(), "app/api/v1");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(full) : e.name === "route.ts" ? [full] : [];
  });
}

describe("OpenAPI document", () => {
  it("describes every method of every app/api/v1 route file", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const missing: string[] = [];
    const files = routeFiles(ROOT);
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
      const rel = "/api/v1/" + path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
      const apiPath = rel.replace(/\[(\w+)\]/g, "{$1}");
      for (const method of methods) if (!doc.paths[apiPath]?.[method.toLowerCase()]) missing.push(`${method} ${apiPath}`);
    }
    expect(missing).toEqual([]);
  });

  it("is served publicly as OpenAPI 3.1 with request schemas from the zod schemas", async () => {
    const res = await documentedRoute("/api/v1/openapi.json", { GET }).GET(new Request("http://x/api/v1/openapi.json"), { params: Promise.resolve({}) } as never);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    const create = doc.paths["/api/v1/campaigns"].post;
    expect(create.requestBody.content["application/json"].schema.properties.touchpoints.type).toBe("array");
    const put = doc.paths["/api/v1/variants/{id}/xliff"].put;
    expect(put["x-error-codes"]).toEqual(expect.arrayContaining(["READ_ONLY_TOKEN", "XLIFF_IMPORT_REFUSED"]));
    expect(doc.paths["/api/v1/variants/{id}/xliff"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["id", "version"]);
  });

  it("documents the answer of every JSON endpoint and the status of every error code", () => {
    const undocumented = API_ENDPOINTS.filter((e) => [e.response.contentType ?? "application/json"].flat().some((t) => t.endsWith("json")) && !e.response.schema);
    expect(undocumented.map((e) => `${e.method} ${e.path}`)).toEqual([]);
    const unknown = API_ENDPOINTS.flatMap((e) => e.errors.filter((code) => !hasKnownStatus(code)).map((code) => `${e.method} ${e.path} ${code}`));
    expect(unknown).toEqual([]);
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const put = doc.paths["/api/v1/variants/{id}"]!.put!.responses as Record<string, { description: string }>;
    expect(put["409"]!.description).toContain("VERSION_CONFLICT");
    expect(put["412"]!.description).toContain("PRECONDITION_FAILED");
    expect(JSON.stringify(put["409"])).toContain("#/components/schemas/VersionConflictDetails");
  });

  it("marks required query parameters as required", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { parameters: Array<{ name: string; required: boolean }> }>> };
    const terms = doc.paths["/api/v1/terms"]!.get!.parameters;
    expect(terms.find((p) => p.name === "q")!.required).toBe(true);
    expect(terms.find((p) => p.name === "limit")!.required).toBe(false);
  });

  it("documents every webhook event with its signature headers", () => {
    const doc = buildOpenApiDocument() as {
      webhooks: Record<string, { post: { description: string; parameters: Array<{ name: string; in: string; required: boolean }> } }>;
      components: { securitySchemes: Record<string, { scheme: string }> };
    };
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENTS].sort());
    for (const event of WEBHOOK_EVENTS) {
      const op = doc.webhooks[event]!.post;
      expect(op.parameters.filter((p) => p.in === "header" && p.required).map((p) => p.name)).toEqual(["webhook-id", "webhook-timestamp", "webhook-signature"]);
      expect(op.parameters.map((p) => p.name)).toContain("X-Meridian-Signature");
      expect(op.description).toMatch(/HMAC-SHA256/);
    }
    expect(doc.components.securitySchemes.bearerAuth!.scheme).toBe("bearer");
  });

  it("has examples that match their own schemas", async () => {
    type DocumentedResponse = { content?: Record<string, { schema?: { examples?: unknown[] } }>; headers?: Record<string, unknown> };
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, DocumentedResponse> }>> };
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(op.responses)) {
          for (const example of response.content?.["application/json"]?.schema?.examples ?? []) {
            const headers = Object.fromEntries(Object.keys(response.headers ?? {}).map((name) => [name, "x"]));
            await expectDocumented(method.toUpperCase(), path, Response.json(example, { status: Number(status), headers }));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("is a valid OpenAPI 3.1 document (Redocly's structural rules)", async () => {
    const config = await createConfig({ extends: ["spec"] });
    const problems = await lintFromString({ source: JSON.stringify(buildOpenApiDocument()), config });
    expect(problems.map((p) => `${p.ruleId} ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });
});
