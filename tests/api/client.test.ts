// The typed client (packages/client) generated from the OpenAPI document: its committed files are
// what `npm run build:client` writes today, and it talks to the real route handlers (called in
// process through its fetch option) with typed paths, bodies, answers and error details.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import * as meRouteModule from "@/app/api/v1/me/route";
import * as campaignRouteModule from "@/app/api/v1/campaigns/[id]/route";
import * as campaignsRouteModule from "@/app/api/v1/campaigns/route";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";
import { seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createMeridianClient } from "@/packages/client/src/index";
import { DOCUMENT_FILE, SCHEMA_FILE, renderClientFiles } from "@/scripts/client/render-client-schema";

setupTestDatabase({ seeded: true });

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: Array<[string, Partial<Record<string, unknown>>]> = [
  ["/api/v1/me", documentedRoute("/api/v1/me", meRouteModule)],
  ["/api/v1/campaigns", documentedRoute("/api/v1/campaigns", campaignsRouteModule)],
  ["/api/v1/campaigns/{id}", documentedRoute("/api/v1/campaigns/{id}", campaignRouteModule)],
];

/** Stands in for the server: finds the route by path template and calls its handler. */
async function inProcessFetch(req: Request): Promise<Response> {
  const path = new URL(req.url).pathname;
  for (const [template, route] of ROUTES) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    const match = pattern.exec(path);
    const handler = route[req.method] as Handler | undefined;
    if (match && handler) return handler(req, { params: Promise.resolve(Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]))) });
  }
  return new Response("no route", { status: 404 });
}

let token = "";
beforeAll(async () => {
  const actors = await seedAndLoadActors();
  token = (await createApiToken(actors["campaigns@meridian.test"], { name: "client" })).token;
});

describe("typed client", () => {
  it("is generated from today's document (run npm run build:client after changing the API)", async () => {
    const { document, schema } = await renderClientFiles();
    expect(fs.readFileSync(DOCUMENT_FILE, "utf8") === document, `${DOCUMENT_FILE} is stale`).toBe(true);
    expect(fs.readFileSync(SCHEMA_FILE, "utf8") === schema, `${SCHEMA_FILE} is stale`).toBe(true);
  });

  it("creates, reads and edits a campaign with typed answers and typed error details", async () => {
    const client = createMeridianClient({ baseUrl: "http://meridian.test/", token, fetch: inProcessFetch });
    const me = await client.GET("/api/v1/me");
    expect(me.data?.role).toBe("hq_campaign");

    const created = await client.POST("/api/v1/campaigns", {
      body: { name: "Client campaign", markets: ["DE"], touchpoints: [{ channel: "email", name: "Mail", blocks: [{ key: "headline", type: "headline", source: "Hello" }] }] },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;

    const got = await client.GET("/api/v1/campaigns/{id}", { params: { path: { id } } });
    expect(got.data!.touchpoints[0]!.blocks[0]!.source).toBe("Hello");
    const version = got.data!.version;

    const edited = await client.PATCH("/api/v1/campaigns/{id}", { params: { path: { id } }, body: { version, objective: "Grow" } });
    expect(edited.data!.objective).toBe("Grow");

    const stale = await client.PATCH("/api/v1/campaigns/{id}", { params: { path: { id } }, body: { version, objective: "Again" } });
    expect(stale.response.status).toBe(409);
    const conflict = stale.error!.error;
    // The document ties each code to its details, so the compiler knows the conflict's versions.
    if (conflict.code !== "VERSION_CONFLICT") throw new Error(`expected VERSION_CONFLICT, got ${conflict.code}`);
    expect(conflict.details.current).toBe(version + 1);
    expect(conflict.details.yours).toBe(version);

    const anonymous = createMeridianClient({ baseUrl: "http://meridian.test", fetch: inProcessFetch });
    const refused = await anonymous.GET("/api/v1/me");
    expect(refused.response.status).toBe(401);
  });
});
