// Real webhook deliveries, as the subscriber writes them for each domain event and the worker
// sends them, match the payloads the OpenAPI document describes.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { RecordedEvent } from "@/lib/events/event-types";
import { WEBHOOK_EVENTS } from "@/lib/exchange/webhooks/webhook-events";
import { webhookBody } from "@/lib/jobs/webhooks/deliver-due-webhooks";
import { enqueueWebhooksForEvent } from "@/lib/jobs/webhooks/webhook-subscriber";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { expectDocumentedWebhook } from "./testing/expect-documented";

setupTestDatabase();

const occurredAt = new Date("2026-12-01T10:00:00Z");
const variant = { variantId: "v1", campaignId: "c1", campaignName: "Spring", marketId: "m1", market: "DE", locale: "de-DE", version: 4 };
const transition = (from: string, to: string): RecordedEvent => ({
  id: `e-${to}`,
  type: "variant.state_changed",
  occurredAt,
  payload: { ...variant, from, to, assigneeId: null, submittedById: "u1", actor: { id: "u1", name: "A" }, comment: null },
});

const EVENTS: RecordedEvent[] = [
  {
    id: "e-pub",
    type: "campaign.published",
    occurredAt,
    payload: { campaignId: "c1", name: "Spring", publishedAt: occurredAt.toISOString(), variants: [{ id: "v1", market: "DE", locale: "de-DE" }] },
  },
  transition("draft", "in_review"),
  transition("in_review", "approved"),
  transition("approved", "published"),
  {
    id: "e-out",
    type: "variants.outdated",
    occurredAt,
    payload: {
      campaignId: "c1",
      campaignName: "Spring",
      blockId: "b1",
      blockKey: "headline",
      sourceVersion: 3,
      variants: [{ id: "v1", market: "DE", locale: "de-DE", assigneeId: null, previousState: "approved", state: "draft" }],
    },
  },
];

describe("webhook payloads", () => {
  it("every event the subscriber sends matches its documented payload", async () => {
    const db = await getDb();
    await db.webhook.create({ data: { url: "https://hooks.example.com/meridian", secret: "whsec_c2VjcmV0", events: [...WEBHOOK_EVENTS] } });
    for (const event of EVENTS) await db.$transaction((tx) => enqueueWebhooksForEvent(tx, event));
    const deliveries = await db.webhookDelivery.findMany();
    expect(deliveries.map((d) => d.event).sort()).toEqual([...WEBHOOK_EVENTS].sort());
    for (const delivery of deliveries) expectDocumentedWebhook(delivery.event, JSON.parse(webhookBody(delivery)));
  });
});
