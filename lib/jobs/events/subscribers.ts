// Who reacts to domain events. Each subscriber writes in the dispatch transaction; add reminders,
// escalation or pre-translation here as they come.
import type { Db } from "@/lib/db";
import type { RecordedEvent } from "@/lib/events/event-types";
import { notifyForEvent } from "../notifications/notification-subscriber";
import { enqueueWebhooksForEvent } from "../webhooks/webhook-subscriber";

export interface Subscriber {
  name: string;
  handle(tx: Db, event: RecordedEvent): Promise<void>;
}

export const SUBSCRIBERS: readonly Subscriber[] = [
  { name: "notifications", handle: notifyForEvent },
  { name: "webhooks", handle: enqueueWebhooksForEvent },
];
