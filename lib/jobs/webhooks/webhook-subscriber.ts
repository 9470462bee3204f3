// Turns domain events into webhook deliveries, with the event names and payloads receivers have
// always had (campaign.published, variant.submitted/approved/published, variant.outdated).
import type { Db } from "@/lib/db";
import type { RecordedEvent } from "@/lib/events/event-types";
import type { WebhookEvent } from "@/lib/exchange/webhooks/webhook-events";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

const TRANSITION_EVENTS: Partial<Record<string, WebhookEvent>> = {
  in_review: "variant.submitted",
  approved: "variant.approved",
  published: "variant.published",
};

export async function enqueueWebhooksForEvent(tx: Db, event: RecordedEvent): Promise<void> {
  const at = event.occurredAt;
  switch (event.type) {
    case "campaign.published": {
      const { campaignId, name, publishedAt, variants } = event.payload;
      await enqueueWebhookEvent(tx, "campaign.published", { campaignId, name, publishedAt, variants }, at);
      return;
    }
    case "variant.state_changed": {
      const p = event.payload;
      const name = TRANSITION_EVENTS[p.to];
      if (!name) return;
      const data = { variantId: p.variantId, campaignId: p.campaignId, market: p.market, locale: p.locale, state: p.to, version: p.version };
      await enqueueWebhookEvent(tx, name, data, at);
      return;
    }
    case "variants.outdated": {
      const p = event.payload;
      for (const v of p.variants) {
        await enqueueWebhookEvent(
          tx,
          "variant.outdated",
          {
            variantId: v.id,
            campaignId: p.campaignId,
            market: v.market,
            locale: v.locale,
            blockId: p.blockId,
            blockKey: p.blockKey,
            sourceVersion: p.sourceVersion,
            previousState: v.previousState,
            state: v.state,
          },
          at,
        );
      }
      return;
    }
    case "variants.created":
    case "variant.assigned":
    case "comment.created":
      return;
  }
}
