// Attack: fail sign-ins for someone else's e-mail on purpose, to lock the owner out of their
// account (the old hard lock per e-mail).
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { backoffSeconds } from "@/lib/rate-limit/sign-in-backoff";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-foundation";

setupTestDatabase({ seeded: true });

describe("locking an owner out with failed sign-ins", () => {
  it("slows the attacker's address down but lets the owner in from theirs", async () => {
    const email = "viewer@meridian.test";
    const attacker = { ip: "198.51.100.66" };
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      codes.push(await authenticate({ email, password: "wrong-guess" }, attacker).then(() => "OK", (e) => e.code));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("INVALID_CREDENTIALS"));
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    // Even the right password waits on the attacker's address…
    await expect(authenticate({ email, password: DEMO_PASSWORD }, attacker)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // …but the owner, from their own address, is not locked out.
    await expect(authenticate({ email, password: DEMO_PASSWORD }, { ip: "203.0.113.10" })).resolves.toMatchObject({ email });
  });

  it("waits 30 s after the free attempts, doubling up to 15 minutes", () => {
    expect([4, 5, 6, 7, 20].map((n) => backoffSeconds(n, 5))).toEqual([0, 30, 60, 120, 900]);
  });
});
