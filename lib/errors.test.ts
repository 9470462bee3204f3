// Connection failures answer 503 DATABASE_BUSY with a code, never 500: one test per shape the
// app meets when PostgreSQL restarts or is unreachable (pg straight from the pool, adapter-pg's
// DriverAdapterError, Prisma's wrapping of it). Real errors where they are cheap to provoke.
import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client, Pool } from "pg";
import { describe, expect, it } from "vitest";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError, isDatabaseUnavailable, toAppError } from "@/lib/errors";

/** A loopback port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function expectBusy(error: unknown) {
  expect(isDatabaseUnavailable(error)).toBe(true);
  const appError = toAppError(error);
  expect(appError).toBeInstanceOf(AppError);
  expect(appError.code).toBe("DATABASE_BUSY");
  expect(appError.status).toBe(503);
  expect(appError.details).toEqual({ retryAfterSeconds: 1 });
}

describe("toAppError: the database is unavailable → 503 DATABASE_BUSY", () => {
  it("maps pg's ECONNREFUSED from a refused connection", async () => {
    const client = new Client({ host: "127.0.0.1", port: await closedPort(), user: "x", database: "x" });
    const error = await client.connect().then(() => null, (e: unknown) => e);
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
    expectBusy(error);
  });

  it("maps Prisma's error through adapter-pg when the server is unreachable", async () => {
    const pool = new Pool({ host: "127.0.0.1", port: await closedPort(), user: "x", database: "x" });
    pool.on("error", () => undefined);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const error = await prisma.$queryRawUnsafe("SELECT 1").then(() => null, (e: unknown) => e);
    await prisma.$disconnect().catch(() => undefined);
    expect(error).not.toBeNull();
    expectBusy(error);
  });

  it("maps Prisma's known request errors P1001, P1017, P2024, P2028 and P2037", () => {
    for (const code of ["P1001", "P1017", "P2024", "P2028", "P2037"]) {
      expectBusy(new Prisma.PrismaClientKnownRequestError("x", { code, clientVersion: "6" }));
    }
  });

  it("maps adapter-pg's DriverAdapterError for 57P01 admin_shutdown (a `postgres` kind)", () => {
    const error = Object.assign(new Error("terminating connection due to administrator command"), {
      name: "DriverAdapterError",
      cause: { kind: "postgres", code: "57P01", originalCode: "57P01", severity: "FATAL" },
    });
    expectBusy(error);
  });

  it("maps adapter-pg's ConnectionClosed and DatabaseNotReachable kinds", () => {
    expectBusy(Object.assign(new Error("x"), { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } }));
    expectBusy(Object.assign(new Error("x"), { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } }));
  });

  it("maps a Prisma P2010 whose driverAdapterError carries 08006", () => {
    const adapterError = { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "08006" } };
    expectBusy(new Prisma.PrismaClientKnownRequestError("Raw query failed", { code: "P2010", clientVersion: "6", meta: { driverAdapterError: adapterError } }));
  });

  it("maps pg DatabaseErrors of the connection and shutdown classes (08006, 57P03, 53300)", () => {
    for (const code of ["08006", "08003", "57P03", "53300"]) {
      expectBusy(Object.assign(new Error("x"), { code, severity: "FATAL" }));
    }
  });

  it("maps node-postgres's code-less 'Connection terminated unexpectedly'", () => {
    expectBusy(new Error("Connection terminated unexpectedly"));
    expectBusy(new Error("timeout exceeded when trying to connect"));
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)("maps the real error of a backend terminated by the server (pg_terminate_backend)", async () => {
    const victim = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    victim.on("error", () => undefined);
    await victim.connect();
    const pid = (await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const killer = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await killer.connect();
    await killer.query("SELECT pg_terminate_backend($1)", [pid]);
    await killer.end();
    const error = await victim.query("SELECT 1").then(() => null, (e: unknown) => e);
    await victim.end().catch(() => undefined);
    expectBusy(error);
  });

  it("leaves other errors alone: a unique violation, a serialization failure, a plain bug", () => {
    expect(toAppError(Object.assign(new Error("x"), { code: "23505" })).code).toBe("ALREADY_EXISTS");
    expect(toAppError(Object.assign(new Error("x"), { code: "40001" })).code).toBe("INTERNAL");
    expect(toAppError(new TypeError("Cannot read properties of undefined")).code).toBe("INTERNAL");
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
