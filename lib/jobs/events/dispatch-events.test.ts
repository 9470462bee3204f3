// Domain events: recorded with the operation's transaction, dispatched once to every subscriber
// even with two dispatchers at once, and retried with backoff when a subscriber fails.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import type { DomainEventInput } from "@/lib/events/event-types";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { retryDelayMs } from "../backoff";
import { dispatchDueEvents } from "./dispatch-events";
import type { Subscriber } from "./subscribers";

setupTestDatabase();

async function makeUser(email: string) {
  const db = await getDb();
  return db.user.create({ data: { email, name: email.split("@")[0]!, passwordHash: "x", role: "regional_marketer" } });
}

function approved(i: number, assigneeId: string): DomainEventInput {
  return {
    type: "variant.state_changed",
    payload: {
      variantId: `v${i}`,
      campaignId: "c1",
      campaignName: "Spring",
      marketId: "m1",
      market: "DE",
      locale: "de-DE",
      from: "in_review",
      to: "approved",
      version: 3,
      assigneeId,
      submittedById: null,
      actor: { id: "someone-else", name: "Ann" },
      comment: null,
    },
  };
}

describe("domain events", () => {
  it("an event rolled back with its transaction is never dispatched", async () => {
    const db = await getDb();
    const user = await makeUser("rollback@meridian.test");
    await expect(
      db.$transaction(async (tx) => {
        await emit(tx, approved(0, user.id));
        throw new Error("the operation failed");
      }),
    ).rejects.toThrow("the operation failed");
    expect(await db.domainEvent.count()).toBe(0);
  });

  it("two concurrent dispatchers write each event's notification and webhook delivery exactly once", async () => {
    const db = await getDb();
    const user = await makeUser("once@meridian.test");
    const hook = await db.webhook.create({ data: { url: "https://hooks.example.com/x", secret: "s", events: ["variant.approved"] } });
    for (let i = 0; i < 30; i++) await db.$transaction((tx) => emit(tx, approved(i, user.id)));
    const run = async () => {
      let processed = 0;
      for (;;) {
        const s = await dispatchDueEvents({ db, limit: 4 });
        processed += s.processed;
        if (s.claimed === 0) return processed;
      }
    };
    const [a, b] = await Promise.all([run(), run()]);
    expect(a + b).toBe(30);
    expect(await db.notification.count({ where: { userId: user.id, kind: "state_changed" } })).toBe(30);
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: hook.id } });
    expect(deliveries).toHaveLength(30);
    expect(new Set(deliveries.map((d) => (d.payload as { data: { variantId: string } }).data.variantId)).size).toBe(30);
    expect(deliveries[0]!.payload).toMatchObject({ event: "variant.approved", data: { campaignId: "c1", market: "DE", locale: "de-DE", state: "approved", version: 3 } });
    expect(await db.domainEvent.count({ where: { processedAt: null } })).toBe(0);
    expect(await db.domainEvent.count({ where: { attempts: { not: 1 } } })).toBe(0);
  });

  it("a failing subscriber rolls the event back and it is retried with backoff", async () => {
    const db = await getDb();
    await db.domainEvent.deleteMany();
    const user = await makeUser("retry@meridian.test");
    let calls = 0;
    const flaky: Subscriber[] = [
      {
        name: "writes-then-fails-once",
        handle: async (tx, event) => {
          await tx.notification.create({ data: { userId: user.id, kind: "comment", data: { event: event.type } } });
          if (++calls === 1) throw new Error("receiver down");
        },
      },
    ];
    const t0 = new Date();
    await db.$transaction((tx) => emit(tx, approved(99, user.id), t0));

    const first = await dispatchDueEvents({ db, subscribers: flaky, now: t0 });
    expect(first).toEqual({ claimed: 1, processed: 0, failed: 1 });
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
    const failed = await db.domainEvent.findFirstOrThrow();
    expect(failed).toMatchObject({ processedAt: null, attempts: 1, lastError: "receiver down" });
    expect(failed.availableAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not due again before the backoff ends.
    expect((await dispatchDueEvents({ db, subscribers: flaky, now: new Date(t0.getTime() + 1000) })).claimed).toBe(0);

    const later = new Date(t0.getTime() + retryDelayMs(1) + 1);
    expect(await dispatchDueEvents({ db, subscribers: flaky, now: later })).toEqual({ claimed: 1, processed: 1, failed: 0 });
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.domainEvent.findFirstOrThrow()).toMatchObject({ attempts: 2, lastError: null });
    expect((await db.domainEvent.findFirstOrThrow()).processedAt).not.toBeNull();
  });
});
