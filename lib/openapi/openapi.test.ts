// The OpenAPI document covers every exported method of every app/api/v1 route file, and every
// schema converts to JSON Schema.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { buildOpenApiDocument } from "./build-openapi";

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
    const res = await GET(new Request("http://x/api/v1/openapi.json"), { params: Promise.resolve({}) } as never);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    const create = doc.paths["/api/v1/campaigns"].post;
    expect(create.requestBody.content["application/json"].schema.properties.touchpoints.type).toBe("array");
    const put = doc.paths["/api/v1/variants/{id}/xliff"].put;
    expect(put["x-error-codes"]).toEqual(expect.arrayContaining(["READ_ONLY_TOKEN", "XLIFF_IMPORT_REFUSED"]));
    expect(doc.paths["/api/v1/variants/{id}/xliff"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["id", "version"]);
  });
});
