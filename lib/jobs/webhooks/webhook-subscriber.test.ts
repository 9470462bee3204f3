// Receivers keep the webhook events and payloads they had before operations emitted domain
// events: the subscriber maps each event to the same names and `data`.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { drainEvents } from "@/lib/jobs/testing/drain-events";
import { setupTestDatabase } from "@/lib/testing/test-database";

setupTestDatabase();

describe("webhook subscriber", () => {
  it("writes campaign.published, variant.submitted/approved/published and one variant.outdated per variant", async () => {
    const db = await getDb();
    const hook = await db.webhook.create({
      data: { url: "https://hooks.example.com/", secret: "s", events: ["campaign.published", "variant.submitted", "variant.approved", "variant.published", "variant.outdated"] },
    });
    const at = new Date("2026-12-01T10:00:00.000Z");
    const variants = [{ id: "v1", market: "DE", locale: "de-DE" }];
    await emit(db, { type: "campaign.published", payload: { campaignId: "c1", name: "Spring", publishedAt: at.toISOString(), variants } }, at);
    await emit(db, { type: "variants.created", payload: { campaignId: "c1", campaignName: "Spring", variants: [{ ...variants[0]!, assigneeId: null }] } }, at);
    for (const to of ["in_review", "changes_requested", "approved", "published"]) {
      await emit(
        db,
        {
          type: "variant.state_changed",
          payload: { variantId: "v1", campaignId: "c1", campaignName: "Spring", marketId: "m1", market: "DE", locale: "de-DE", from: "draft", to, version: 4, assigneeId: null, submittedById: null, actor: { id: "u", name: "U" }, comment: null },
        },
        at,
      );
    }
    await emit(
      db,
      {
        type: "variants.outdated",
        payload: {
          campaignId: "c1",
          campaignName: "Spring",
          blockId: "b1",
          blockKey: "body",
          sourceVersion: 2,
          variants: [
            { id: "v1", market: "DE", locale: "de-DE", assigneeId: null, previousState: "approved", state: "outdated" },
            { id: "v2", market: "FR", locale: "fr-FR", assigneeId: null, previousState: "draft", state: "draft" },
          ],
        },
      },
      at,
    );
    await drainEvents();
    const payloads = (await db.webhookDelivery.findMany({ where: { webhookId: hook.id }, orderBy: { createdAt: "asc" } })).map((d) => d.payload);
    const occurredAt = at.toISOString();
    expect(payloads).toEqual([
      { event: "campaign.published", occurredAt, data: { campaignId: "c1", name: "Spring", publishedAt: occurredAt, variants } },
      { event: "variant.submitted", occurredAt, data: { variantId: "v1", campaignId: "c1", market: "DE", locale: "de-DE", state: "in_review", version: 4 } },
      { event: "variant.approved", occurredAt, data: { variantId: "v1", campaignId: "c1", market: "DE", locale: "de-DE", state: "approved", version: 4 } },
      { event: "variant.published", occurredAt, data: { variantId: "v1", campaignId: "c1", market: "DE", locale: "de-DE", state: "published", version: 4 } },
      {
        event: "variant.outdated",
        occurredAt,
        data: { variantId: "v1", campaignId: "c1", market: "DE", locale: "de-DE", blockId: "b1", blockKey: "body", sourceVersion: 2, previousState: "approved", state: "outdated" },
      },
      {
        event: "variant.outdated",
        occurredAt,
        data: { variantId: "v2", campaignId: "c1", market: "FR", locale: "fr-FR", blockId: "b1", blockKey: "body", sourceVersion: 2, previousState: "draft", state: "draft" },
      },
    ]);
  });
});
