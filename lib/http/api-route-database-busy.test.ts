// An API request caught by a database restart answers 503 DATABASE_BUSY with Retry-After and a
// code, never 500 with a stack (issue 15, "PostgreSQL restarted under load").
import { describe, expect, it, vi } from "vitest";
import { publicApiRoute } from "./api-route";

describe("API routes when the database connection is lost", () => {
  it("answers 503 DATABASE_BUSY with Retry-After: 1 and logs nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = publicApiRoute(async () => {
      throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
    });
    const res = await route(new Request("http://localhost/api/v1/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("1");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("DATABASE_BUSY");
    expect(JSON.stringify(body)).not.toContain("administrator command");
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
