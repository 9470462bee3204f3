// Every campaign action and API route against role × own market / other market, on a real DB.
import { beforeAll, describe, expect, it } from "vitest";
import * as v1CampaignsIdRoute from "@/app/api/v1/campaigns/[id]/route";
import * as v1CampaignsIdPublishRoute from "@/app/api/v1/campaigns/[id]/publish/route";
import * as v1CampaignsRoute from "@/app/api/v1/campaigns/route";
import { loadActor } from "@/lib/auth/load-actor";
import { addTouchpoint } from "@/lib/campaigns/add-touchpoint";
import { checkSourceText } from "@/lib/campaigns/check-source-text";
import type { CampaignDefinitionInput } from "@/lib/campaigns/campaign.schemas";
import { copyBlock } from "@/lib/campaigns/copy-block";
import { duplicateBlock } from "@/lib/campaigns/duplicate-block";
import { createCampaignFromDefinition } from "@/lib/campaigns/create-campaign";
import { deleteBlock } from "@/lib/campaigns/delete-block";
import { deleteTouchpoint } from "@/lib/campaigns/delete-touchpoint";
import { findCampaigns } from "@/lib/campaigns/find-campaigns";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { moveBlock } from "@/lib/campaigns/move-block";
import { publishCampaign } from "@/lib/campaigns/publish-campaign";
import { saveBlock } from "@/lib/campaigns/save-block";
import { updateCampaign } from "@/lib/campaigns/update-campaign";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { seedDemo } from "@/prisma/seed";
import type { Actor } from "./actor";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: getOneRoute, PATCH: patchRoute } = documentedRoute("/api/v1/campaigns/{id}", v1CampaignsIdRoute);
const { POST: publishRoute } = documentedRoute("/api/v1/campaigns/{id}/publish", v1CampaignsIdPublishRoute);
const { GET: listRoute, POST: createRoute } = documentedRoute("/api/v1/campaigns", v1CampaignsRoute);

setupTestDatabase();

const EMAILS = ["admin", "brand", "campaigns", "de.marketer", "de.approver", "fr.marketer", "jp.marketer", "translator", "viewer"] as const;
type Who = (typeof EMAILS)[number];
const actors = {} as Record<Who, Actor>;
/** draft (DE), published to FR, published to DE. */
const ids = { draft: "", fr: "", de: "", deBlock: "", deTouchpoint: "", deVariant: "" };

const def = (name: string, markets: string[]): CampaignDefinitionInput => ({
  name,
  objective: "Win savers",
  kpi: "Accounts opened",
  markets,
  touchpoints: [{ channel: "email", name: "Email", blocks: [{ key: "headline", type: "headline", policy: "translate", source: "Save more, {firstName}" }] }],
});

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  for (const who of EMAILS) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
  }
  const hq = actors.campaigns;
  ids.draft = (await createCampaignFromDefinition(hq, def("Perm draft", ["DE"]))).id;
  ids.fr = (await createCampaignFromDefinition(hq, def("Perm FR", ["FR"]))).id;
  ids.de = (await createCampaignFromDefinition(hq, def("Perm DE", ["DE"]))).id;
  await publishCampaign(hq, { campaignId: ids.fr });
  const published = await publishCampaign(hq, { campaignId: ids.de });
  ids.deVariant = published.variants[0]!.id;
  const block = await db.block.findFirstOrThrow({ where: { touchpoint: { campaignId: ids.de } } });
  ids.deBlock = block.id;
  ids.deTouchpoint = block.touchpointId;
});

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("viewing campaigns", () => {
  const expected: Record<Who, { draft: string; fr: string; de: string }> = {
    admin: { draft: "ok", fr: "ok", de: "ok" },
    brand: { draft: "ok", fr: "ok", de: "ok" },
    campaigns: { draft: "ok", fr: "ok", de: "ok" },
    viewer: { draft: "ok", fr: "ok", de: "ok" },
    "de.marketer": { draft: "NOT_FOUND", fr: "NOT_FOUND", de: "ok" },
    "de.approver": { draft: "NOT_FOUND", fr: "NOT_FOUND", de: "ok" },
    "fr.marketer": { draft: "NOT_FOUND", fr: "ok", de: "NOT_FOUND" },
    "jp.marketer": { draft: "NOT_FOUND", fr: "NOT_FOUND", de: "NOT_FOUND" },
    translator: { draft: "NOT_FOUND", fr: "NOT_FOUND", de: "NOT_FOUND" },
  };
  it.each(EMAILS)("%s sees what their role and markets allow, in detail and in lists", async (who) => {
    const actor = actors[who];
    for (const key of ["draft", "fr", "de"] as const) {
      expect([key, await outcome(getCampaign(actor, ids[key]))]).toEqual([key, expected[who][key]]);
    }
    const listed = (await findCampaigns(actor, { pageSize: 100 })).items.map((c) => c.id);
    for (const key of ["draft", "fr", "de"] as const) {
      expect([key, listed.includes(ids[key])]).toEqual([key, expected[who][key] === "ok"]);
    }
  });

  it("a translator sees a campaign once a variant is assigned to them, and only that variant", async () => {
    const db = await getDb();
    await db.variant.update({ where: { id: ids.deVariant }, data: { assigneeId: actors.translator.id } });
    const seen = await getCampaign(actors.translator, ids.de);
    expect(seen.variants.map((v) => v.id)).toEqual([ids.deVariant]);
    expect((await findCampaigns(actors.translator)).items.map((c) => c.id)).toEqual([ids.de]);
    await expect(updateCampaign(actors.translator, { id: ids.de, version: 1, name: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.variant.update({ where: { id: ids.deVariant }, data: { assigneeId: actors["de.marketer"].id } });
  });
});

describe("changing campaigns", () => {
  // Every write, run against the published DE campaign (visible to DE, invisible to FR/JP).
  const writes: Record<string, (a: Actor) => Promise<unknown>> = {
    update: (a) => updateCampaign(a, { id: ids.de, version: 99, name: "Renamed" }),
    publish: (a) => publishCampaign(a, { campaignId: ids.de }),
    addTouchpoint: (a) => addTouchpoint(a, { campaignId: ids.de, channel: "sms", name: "SMS" }),
    deleteTouchpoint: (a) => deleteTouchpoint(a, { touchpointId: ids.deTouchpoint }),
    saveBlock: (a) => saveBlock(a, { touchpointId: ids.deTouchpoint, key: "new-block", type: "body", policy: "translate", sourceText: "Hi" }),
    moveBlock: (a) => moveBlock(a, { blockId: ids.deBlock, direction: "down" }),
    duplicateBlock: (a) => duplicateBlock(a, { blockId: ids.deBlock }),
    copyBlock: (a) => copyBlock(a, { blockId: ids.deBlock, touchpointId: ids.deTouchpoint }),
    deleteBlock: (a) => deleteBlock(a, { blockId: ids.deBlock }),
  };
  const expected: Record<Exclude<Who, "campaigns">, string> = {
    admin: "FORBIDDEN",
    brand: "FORBIDDEN",
    viewer: "FORBIDDEN",
    "de.marketer": "FORBIDDEN",
    "de.approver": "FORBIDDEN",
    // Roles that may never change a campaign are refused by the role check before anything is
    // loaded: 403 whatever the id, so nothing about the campaign's existence leaks.
    translator: "FORBIDDEN",
    "fr.marketer": "FORBIDDEN",
    "jp.marketer": "FORBIDDEN",
  };
  it.each(Object.keys(expected) as Exclude<Who, "campaigns">[])("%s cannot change a campaign", async (who) => {
    for (const [name, write] of Object.entries(writes)) {
      expect([name, await outcome(write(actors[who]))]).toEqual([name, expected[who]]);
    }
    expect(await outcome(createCampaignFromDefinition(actors[who], def("Nope", ["DE"])))).toBe("FORBIDDEN");
    expect(await outcome(checkSourceText(actors[who], { text: "Hi", locale: "en-US" }))).toBe("FORBIDDEN");
    // A market member changing a draft of their own market: refused before the draft is read.
    if (who === "de.marketer") expect(await outcome(updateCampaign(actors[who], { id: ids.draft, version: 1, name: "x" }))).toBe("FORBIDDEN");
  });

  it("a read-only token holder cannot change anything, even as an HQ campaign manager", async () => {
    const readOnly = { ...actors.campaigns, readOnly: true };
    for (const [name, write] of Object.entries(writes)) {
      expect([name, await outcome(write(readOnly))]).toEqual([name, "FORBIDDEN"]);
    }
  });

  it("the HQ campaign manager can; nothing the other writes did changed the campaign", async () => {
    const db = await getDb();
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: ids.de }, include: { touchpoints: { include: { blocks: true } } } });
    expect(campaign.name).toBe("Perm DE");
    expect(campaign.touchpoints).toHaveLength(1);
    expect(campaign.touchpoints[0]!.blocks.map((b) => b.key)).toEqual(["headline"]);
    expect(await outcome(updateCampaign(actors.campaigns, { id: ids.de, version: campaign.version, kpi: "Accounts" }))).toBe("ok");
  });
});

describe("API v1 campaigns", () => {
  const tokens = {} as Record<"campaigns" | "campaignsRead" | "de" | "fr" | "admin", string>;
  beforeAll(async () => {
    tokens.campaigns = (await createApiToken(actors.campaigns, { name: "t" })).token;
    tokens.campaignsRead = (await createApiToken(actors.campaigns, { name: "r", readOnly: true })).token;
    tokens.de = (await createApiToken(actors["de.marketer"], { name: "t" })).token;
    tokens.fr = (await createApiToken(actors["fr.marketer"], { name: "t" })).token;
    tokens.admin = (await createApiToken(actors.admin, { name: "t" })).token;
  });
  const req = (method: string, path: string, token: string | null, body?: unknown) =>
    new Request(`http://localhost/api/v1/campaigns${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  const params = (id: string) => ({ params: Promise.resolve({ id }) });
  const noParams = { params: Promise.resolve({}) as Promise<Record<string, never>> };

  it("creates with the integrator shape and returns touchpoints, blocks and variants", async () => {
    const body = {
      name: "API campaign",
      objective: "Win savers",
      kpi: "Accounts",
      markets: ["DE", "FR"],
      touchpoints: [{ channel: "email", name: "Mail", blocks: [{ key: "headline", type: "headline", policy: "locked", source: "Assume Nothing", maxLength: 40, notes: "Tagline" }] }],
    };
    expect((await createRoute(req("POST", "", null, body), noParams)).status).toBe(401);
    expect((await createRoute(req("POST", "", tokens.campaignsRead, body), noParams)).status).toBe(403);
    expect((await createRoute(req("POST", "", tokens.de, body), noParams)).status).toBe(403);
    expect((await createRoute(req("POST", "", tokens.admin, body), noParams)).status).toBe(403);
    expect((await createRoute(req("POST", "", tokens.campaigns, { ...body, markets: "DE" }), noParams)).status).toBe(422);
    const created = await createRoute(req("POST", "", tokens.campaigns, body), noParams);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(created.headers.get("location")).toBe(`/api/v1/campaigns/${id}`);
    const published = await publishRoute(req("POST", `/${id}/publish`, tokens.campaigns), params(id));
    expect(published.status).toBe(200);
    const got = await getOneRoute(req("GET", `/${id}`, tokens.campaigns), params(id));
    const json = (await got.json()) as { touchpoints: { blocks: Record<string, unknown>[] }[]; variants: { market: string; locale: string; state: string }[] };
    expect(json.touchpoints[0]!.blocks[0]).toMatchObject({ key: "headline", type: "headline", policy: "locked", source: "Assume Nothing", maxLength: 40 });
    expect(json.variants.map((v) => [v.market, v.locale, v.state])).toEqual([
      ["DE", "de-DE", "draft"],
      ["FR", "fr-FR", "draft"],
    ]);
    // A market sees only its own variant.
    const asDe = (await (await getOneRoute(req("GET", `/${id}`, tokens.de), params(id))).json()) as typeof json;
    expect(asDe.variants.map((v) => v.market)).toEqual(["DE"]);
  });

  it("applies the same permissions as the UI", async () => {
    expect((await getOneRoute(req("GET", `/${ids.de}`, tokens.de), params(ids.de))).status).toBe(200);
    expect((await getOneRoute(req("GET", `/${ids.de}`, tokens.fr), params(ids.de))).status).toBe(404);
    expect((await getOneRoute(req("GET", `/${ids.draft}`, tokens.de), params(ids.draft))).status).toBe(404);
    expect((await patchRoute(req("PATCH", `/${ids.de}`, tokens.de, { version: 1, name: "x" }), params(ids.de))).status).toBe(403);
    expect((await patchRoute(req("PATCH", `/${ids.fr}`, tokens.de, { version: 1, name: "x" }), params(ids.fr))).status).toBe(403);
    expect((await patchRoute(req("PATCH", `/${ids.de}`, tokens.admin, { version: 1, name: "x" }), params(ids.de))).status).toBe(403);
    expect((await patchRoute(req("PATCH", `/${ids.de}`, tokens.campaignsRead, { version: 1, name: "x" }), params(ids.de))).status).toBe(403);
    const stale = await patchRoute(req("PATCH", `/${ids.de}`, tokens.campaigns, { version: 1, name: "x" }), params(ids.de));
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("VERSION_CONFLICT");
    expect((await publishRoute(req("POST", `/${ids.draft}/publish`, tokens.de), params(ids.draft))).status).toBe(403);
    expect((await publishRoute(req("POST", `/${ids.de}/publish`, tokens.de), params(ids.de))).status).toBe(403);
    expect((await publishRoute(req("POST", `/${ids.draft}/publish`, tokens.admin), params(ids.draft))).status).toBe(403);
    const list = (await (await listRoute(req("GET", "?pageSize=100", tokens.de), noParams)).json()) as { items: { id: string }[] };
    expect(list.items.map((c) => c.id)).toContain(ids.de);
    expect(list.items.map((c) => c.id)).not.toContain(ids.draft);
    expect(list.items.map((c) => c.id)).not.toContain(ids.fr);
  });

  it("refuses to publish a campaign with errors, with the reasons", async () => {
    const { id } = await createCampaignFromDefinition(actors.campaigns, { name: "Incomplete", markets: ["DE"] });
    const res = await publishRoute(req("POST", `/${id}/publish`, tokens.campaigns), params(id));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { problems: { code: string }[] } } };
    expect(body.error.code).toBe("PUBLISH_REFUSED");
    expect(body.error.details.problems.map((p) => p.code)).toEqual(["OBJECTIVE_MISSING", "KPI_MISSING", "TOUCHPOINTS_MISSING"]);
  });
});
