import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "@/prisma/seed";
import { createCampaignFromDefinition } from "./create-campaign";
import { getCampaign } from "./get-campaign";
import { getSourceDiff } from "./get-source-diff";
import { publishCampaign } from "./publish-campaign";
import { saveBlock } from "./save-block";
import { updateCampaign } from "./update-campaign";
import { duplicateBlock } from "./duplicate-block";
import type { CampaignDefinitionInput } from "./campaign.schemas";
import { moveBlock } from "./move-block";
import { findCampaigns } from "./find-campaigns";
import { drainEvents } from "@/lib/jobs/testing/drain-events";

setupTestDatabase();

async function actorFor(email: string) {
  const db = await getDb();
  if ((await db.user.count()) === 0) await seedDemo(db);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

const definition = (name: string, markets = ["DE", "FR", "JP"]): CampaignDefinitionInput => ({
  name,
  objective: "Grow autumn savings sign-ups by 10% among young professionals.",
  kpi: "New savings accounts opened",
  markets,
  touchpoints: [
    {
      channel: "email",
      name: "Launch email",
      blocks: [
        { key: "headline", type: "headline", policy: "locked", source: "Assume Nothing", maxLength: 40 },
        { key: "body", type: "body", policy: "translate", source: "Hello {firstName}, your savings deserve better." },
        { key: "cta", type: "cta", policy: "adapt", source: "Open an account" },
      ],
    },
  ],
});

describe("campaigns", () => {
  it("seeds the demo campaigns through publish, with variants in several states", async () => {
    await actorFor("campaigns@meridian.test");
    const db = await getDb();
    const autumn = await db.campaign.findFirstOrThrow({ where: { name: "Assume Nothing — Autumn launch" }, include: { variants: { include: { market: true } } } });
    expect(autumn.status).toBe("published");
    expect(Object.fromEntries(autumn.variants.map((v) => [v.market.code, v.state]))).toEqual({
      US: "published",
      DE: "in_review",
      FR: "draft",
      JP: "approved",
      BR: "changes_requested",
      SA: "draft",
      ES: "draft",
    });
    expect((await db.campaign.findFirstOrThrow({ where: { name: "Meridian Card — Spring travel" } })).status).toBe("draft");
  });

  it("creates from a definition and refuses invalid placeholders with the place of the problem", async () => {
    const hq = await actorFor("campaigns@meridian.test");
    const created = await createCampaignFromDefinition(hq, { ...definition("Create test"), objective: "" });
    expect(created.warnings).toContain("OBJECTIVE_MISSING");
    const bad = definition("Bad");
    bad.touchpoints![0]!.blocks![1]!.source = "Hello {firstName";
    await expect(createCampaignFromDefinition(hq, bad)).rejects.toMatchObject({
      code: "CAMPAIGN_INVALID",
      details: { problems: [expect.objectContaining({ path: "touchpoints.0.blocks.1.source", code: "PLACEHOLDER_INVALID", line: 1 })] },
    });
    await expect(createCampaignFromDefinition(hq, definition("X", ["ZZ"]))).rejects.toMatchObject({ code: "CAMPAIGN_INVALID" });
  });

  it("refuses to publish with reasons, then publishes one variant per market with locked blocks copied", async () => {
    const hq = await actorFor("campaigns@meridian.test");
    const db = await getDb();
    const empty = await createCampaignFromDefinition(hq, { name: "Empty", markets: [] });
    await expect(publishCampaign(hq, { campaignId: empty.id })).rejects.toMatchObject({
      code: "PUBLISH_REFUSED",
      details: {
        problems: expect.arrayContaining([
          expect.objectContaining({ code: "OBJECTIVE_MISSING" }),
          expect.objectContaining({ code: "KPI_MISSING" }),
          expect.objectContaining({ code: "MARKETS_MISSING" }),
          expect.objectContaining({ code: "TOUCHPOINTS_MISSING" }),
        ]),
      },
    });
    const { id } = await createCampaignFromDefinition(hq, definition("Publish test"));
    const published = await publishCampaign(hq, { campaignId: id });
    expect(published.variants.map((v) => v.market).sort()).toEqual(["DE", "FR", "JP"]);
    const de = published.variants.find((v) => v.market === "DE")!;
    const lead = await db.user.findUniqueOrThrow({ where: { email: "de.marketer@meridian.test" } });
    expect(de.assigneeId).toBe(lead.id);
    const blocks = await db.variantBlock.findMany({ where: { variantId: de.id }, include: { block: true } });
    expect(blocks).toHaveLength(3);
    expect(blocks.find((b) => b.block.key === "headline")!.targetText).toBe("Assume Nothing");
    expect(blocks.find((b) => b.block.key === "body")!.targetText).toBe("");
    await drainEvents();
    expect(await db.notification.count({ where: { userId: lead.id, kind: "assigned" } })).toBeGreaterThanOrEqual(1);
    expect(await db.auditEvent.count({ where: { action: "campaign.publish", entityId: id } })).toBe(1);
    await expect(publishCampaign(hq, { campaignId: id })).rejects.toMatchObject({ code: "CAMPAIGN_ALREADY_PUBLISHED" });
    const overview = await getCampaign(hq, id);
    expect(overview.variants).toHaveLength(3);
    expect(overview.variants[0]!.blocksDone).toBe(1);
    expect(overview.variants[0]!.blocksTotal).toBe(3);
  });

  it("publishing is all-or-nothing: a failure after variants were written leaves nothing", async () => {
    const hq = await actorFor("campaigns@meridian.test");
    const db = await getDb();
    const { id } = await createCampaignFromDefinition(hq, definition("Atomic"));
    const sql = (q: string) => db.$executeRawUnsafe(q);
    // The variants.created event is recorded after the variants and their blocks: fail there.
    await sql(`CREATE FUNCTION fail_notify() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`);
    await sql(`CREATE TRIGGER fail_notify BEFORE INSERT ON "DomainEvent" FOR EACH ROW EXECUTE FUNCTION fail_notify()`);
    try {
      await expect(publishCampaign(hq, { campaignId: id })).rejects.toBeTruthy();
    } finally {
      await sql(`DROP TRIGGER fail_notify ON "DomainEvent"`);
      await sql(`DROP FUNCTION fail_notify()`);
    }
    expect(await db.variant.count({ where: { campaignId: id } })).toBe(0);
    expect(await db.variantBlock.count({ where: { variant: { campaignId: id } } })).toBe(0);
    expect(await db.blockSourceVersion.count({ where: { block: { touchpoint: { campaignId: id } } } })).toBe(0);
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
    expect(await db.auditEvent.count({ where: { action: "campaign.publish", entityId: id } })).toBe(0);
  });

  it("a source change marks older variant blocks outdated, moves approved variants to outdated and keeps market text", async () => {
    const hq = await actorFor("campaigns@meridian.test");
    const db = await getDb();
    const { id } = await createCampaignFromDefinition(hq, definition("Outdated test"));
    const { variants } = await publishCampaign(hq, { campaignId: id });
    const de = variants.find((v) => v.market === "DE")!;
    const fr = variants.find((v) => v.market === "FR")!;
    const body = await db.block.findFirstOrThrow({ where: { key: "body", touchpoint: { campaignId: id } } });
    await db.variant.update({ where: { id: de.id }, data: { state: "approved" } });
    await db.variantBlock.updateMany({ where: { variantId: de.id, blockId: body.id }, data: { targetText: "Hallo {firstName}, Ihr Erspartes verdient mehr." } });

    // Notes only: no new version.
    const same = await saveBlock(hq, { blockId: body.id, touchpointId: body.touchpointId, key: "body", type: "body", policy: "translate", sourceText: body.sourceText, notes: "Keep it warm" });
    expect(same.sourceVersion).toBe(1);

    await expect(
      saveBlock(hq, { blockId: body.id, touchpointId: body.touchpointId, key: "body", type: "body", policy: "translate", sourceText: "Hi {firstName" }),
    ).rejects.toMatchObject({ code: "PLACEHOLDER_INVALID", details: { line: 1 } });

    const saved = await saveBlock(hq, {
      blockId: body.id,
      touchpointId: body.touchpointId,
      key: "body",
      type: "body",
      policy: "translate",
      sourceText: "Hello {firstName}, your savings deserve much better.",
    });
    expect(saved.sourceVersion).toBe(2);
    expect(saved.outdatedVariantIds.sort()).toEqual(variants.map((v) => v.id).sort());
    const deBlock = await db.variantBlock.findFirstOrThrow({ where: { variantId: de.id, blockId: body.id } });
    expect(deBlock.outdated).toBe(true);
    expect(deBlock.targetText).toBe("Hallo {firstName}, Ihr Erspartes verdient mehr.");
    expect((await db.variant.findUniqueOrThrow({ where: { id: de.id } })).state).toBe("outdated");
    expect((await db.variant.findUniqueOrThrow({ where: { id: fr.id } })).state).toBe("draft");
    await drainEvents();
    expect(await db.notification.count({ where: { kind: "outdated" } })).toBeGreaterThanOrEqual(2);

    const diff = await getSourceDiff(body.id, 1);
    expect(diff.before).toBe("Hello {firstName}, your savings deserve better.");
    expect(diff.toVersion).toBe(2);
    expect(diff.parts).toContainEqual({ op: "insert", text: "much " });
  });

  it("adds and removes markets of a published campaign, and refuses stale brief edits", async () => {
    const hq = await actorFor("campaigns@meridian.test");
    const db = await getDb();
    const { id } = await createCampaignFromDefinition(hq, definition("Markets test", ["DE", "FR"]));
    await publishCampaign(hq, { campaignId: id });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id } });
    const saved = await updateCampaign(hq, { id, version: campaign.version, markets: ["DE", "BR"] });
    expect(saved.addedMarkets).toEqual(["BR"]);
    expect(saved.removedMarkets).toEqual(["FR"]);
    const variants = await db.variant.findMany({ where: { campaignId: id }, include: { market: true } });
    expect(variants.find((v) => v.market.code === "BR")!.state).toBe("draft");
    const fr = variants.find((v) => v.market.code === "FR")!;
    expect(fr.state).toBe("archived");
    expect(fr.archivedAt).not.toBeNull();
    const frRow = await db.campaignMarket.findFirstOrThrow({ where: { campaignId: id, market: { code: "FR" } } });
    expect(frRow.removedAt).not.toBeNull();
    await expect(updateCampaign(hq, { id, version: campaign.version, name: "Stale" })).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { yours: campaign.version, current: saved.version },
    });
    // Re-adding FR revives its variant.
    await updateCampaign(hq, { id, version: saved.version, markets: ["DE", "BR", "FR"] });
    expect((await db.variant.findUniqueOrThrow({ where: { id: fr.id } })).state).toBe("draft");
  });

  it("duplicates and reorders blocks, and lists with filters", async () => {
    const hq = await actorFor("campaigns@meridian.test");
    const db = await getDb();
    const { id } = await createCampaignFromDefinition(hq, definition("Order test"));
    const headline = await db.block.findFirstOrThrow({ where: { key: "headline", touchpoint: { campaignId: id } } });
    const copy = await duplicateBlock(hq, { blockId: headline.id });
    await moveBlock(hq, { blockId: copy.id, direction: "down" });
    const keys = (await db.block.findMany({ where: { touchpointId: headline.touchpointId }, orderBy: { position: "asc" } })).map((b) => b.key);
    expect(keys).toEqual(["headline", "body", "headline-copy", "cta"]);
    const list = await findCampaigns(hq, { q: "order test", status: "draft", channel: "email" });
    expect(list.items.map((c) => c.name)).toEqual(["Order test"]);
    const byMarket = await findCampaigns(hq, { market: "JP", sort: "name", dir: "asc" });
    expect(byMarket.items.some((c) => c.name === "Order test")).toBe(true);
  });
});
