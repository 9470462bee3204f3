// Two app processes (`next start`) on one PostgreSQL: the sign-in rate limit holds across them,
// because the counter lives in the database. Runs in CI's PostgreSQL leg (needs a build).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const enabled = !!process.env.TEST_DATABASE_URL && existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));
const PORTS = [3311, 3312];

async function waitForHealth(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${port} did not become healthy`);
}

describe.runIf(enabled)("two app instances on one PostgreSQL", () => {
  const servers: ChildProcess[] = [];
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const db = await createTestDatabase({ seeded: true });
    drop = db.drop;
    await db.prisma.$disconnect();
    for (const port of PORTS) {
      servers.push(
        spawn(process.execPath, [path.join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
          env: {
            ...process.env,
            DATABASE_URL: db.url!,
            NEXTAUTH_SECRET: "two-instance-test",
            SIGNIN_MAX_ATTEMPTS: "5",
            SIGNIN_WINDOW_SECONDS: "300",
          },
          stdio: "ignore",
        }),
      );
    }
    const deadline = Date.now() + 60_000;
    await Promise.all(PORTS.map((p) => waitForHealth(p, deadline)));
  }, 90_000);

  afterAll(async () => {
    for (const s of servers) s.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await drop?.();
  });

  it("counts failed sign-ins on both instances against one limit", async () => {
    const attempt = (port: number, password: string) =>
      fetch(`http://127.0.0.1:${port}/api/v1/auth/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "viewer@meridian.test", password }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(PORTS[i % 2]!, "wrong-password")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // Each instance saw at most three attempts; only a shared counter refuses the sixth.
    const sixth = await attempt(PORTS[1]!, "meridian-demo");
    expect(sixth.status).toBe(429);
    const seventh = await attempt(PORTS[0]!, "meridian-demo");
    expect(seventh.status).toBe(429);
  });
});
