// Several instances: two dispatchers on two PostgreSQL connections claim events concurrently
// (FOR UPDATE SKIP LOCKED); each event's subscribers write exactly once. PGlite has one
// connection, so this runs only with TEST_DATABASE_URL (CI's PostgreSQL leg).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type OpenDatabase } from "@/lib/database/open-database";
import { emit } from "@/lib/events/emit";
import { createTestDatabase } from "@/lib/testing/test-database";
import { notifyForEvent } from "../notifications/notification-subscriber";
import { dispatchDueEvents } from "./dispatch-events";
import type { Subscriber } from "./subscribers";

describe.runIf(!!process.env.TEST_DATABASE_URL)("event dispatch on PostgreSQL", () => {
  let base: Awaited<ReturnType<typeof createTestDatabase>>;
  let second: OpenDatabase;

  beforeAll(async () => {
    base = await createTestDatabase();
    second = await openPostgres(base.url!);
  });
  afterAll(async () => {
    await second?.close();
    await base?.drop();
  });

  it("dispatches each event exactly once with two concurrent dispatchers", async () => {
    const user = await base.prisma.user.create({ data: { email: "pg@meridian.test", name: "Pg", passwordHash: "x", role: "regional_marketer" } });
    for (let i = 0; i < 60; i++) {
      await emit(base.prisma, {
        type: "comment.created",
        payload: { commentId: `c${i}`, variantId: `v${i}`, blockId: null, campaignName: "C", market: "DE", actor: { id: "a", name: "A" }, body: "hi", mentionedUserIds: [user.id], parentAuthorId: null },
      });
    }
    // A little latency inside the transaction so both dispatchers are mid-flight at once.
    const subscribers = (seen: string[]): Subscriber[] => [
      {
        name: "slow",
        handle: async (_tx, event) => {
          seen.push(event.id);
          await new Promise((r) => setTimeout(r, 3));
        },
      },
      { name: "notifications", handle: notifyForEvent },
    ];
    const run = async (db: OpenDatabase, seen: string[]) => {
      for (;;) {
        const s = await dispatchDueEvents({ db: db.prisma, limit: 5, subscribers: subscribers(seen) });
        if (s.claimed === 0) return;
      }
    };
    const a: string[] = [];
    const b: string[] = [];
    await Promise.all([run(base, a), run(second, b)]);
    expect(a.length + b.length).toBe(60);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(new Set([...a, ...b]).size).toBe(60);
    expect(await base.prisma.notification.count({ where: { userId: user.id, kind: "mentioned" } })).toBe(60);
    expect(await base.prisma.domainEvent.count({ where: { attempts: 1, processedAt: { not: null } } })).toBe(60);
  });
});
