// Several instances: two workers on two separate PostgreSQL connections claim concurrently;
// every delivery is sent exactly once per attempt. PGlite has one connection, so this runs only
// with TEST_DATABASE_URL (CI's PostgreSQL leg).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type OpenDatabase } from "@/lib/database/open-database";
import { createTestDatabase } from "@/lib/testing/test-database";
import { deliverDueWebhooks } from "./deliver-due-webhooks";

// The receiver listens on 127.0.0.1: a private address, refused unless allowed (README, env).
process.env.WEBHOOK_ALLOW_PRIVATE = "true";

describe.runIf(!!process.env.TEST_DATABASE_URL)("webhook workers on PostgreSQL", () => {
  let base: Awaited<ReturnType<typeof createTestDatabase>>;
  let second: OpenDatabase;
  let server: Server;
  const hits = new Map<string, number>();

  beforeAll(async () => {
    base = await createTestDatabase();
    second = await openPostgres(base.url!);
    server = createServer((req, res) => {
      const id = String(req.headers["x-meridian-delivery"]);
      hits.set(id, (hits.get(id) ?? 0) + 1);
      req.resume();
      // A little latency so both workers are mid-flight at the same time.
      setTimeout(() => res.end("ok"), 5);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await second?.close();
    await base?.drop();
  });

  it("sends each delivery exactly once with two concurrent workers", async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const hook = await base.prisma.webhook.create({ data: { url, secret: "s", events: ["variant.approved"] } });
    const past = new Date(Date.now() - 60_000);
    await base.prisma.webhookDelivery.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({ webhookId: hook.id, event: "variant.approved", payload: { data: { i } }, nextAttemptAt: past })),
    });
    const run = async (db: OpenDatabase, workerId: string) => {
      let total = 0;
      for (;;) {
        const s = await deliverDueWebhooks({ db: db.prisma, workerId, limit: 7 });
        if (s.claimed === 0) return total;
        total += s.claimed;
      }
    };
    const [a, b] = await Promise.all([run(base, "A"), run(second, "B")]);
    expect(a + b).toBe(200);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(hits.size).toBe(200);
    expect([...hits.values()].every((n) => n === 1)).toBe(true);
    const attempts = await base.prisma.webhookAttempt.groupBy({ by: ["deliveryId"], _count: true });
    expect(attempts.every((g) => g._count === 1)).toBe(true);
    expect(await base.prisma.webhookDelivery.count({ where: { status: "delivered", attempts: 1 } })).toBe(200);
  });
});
