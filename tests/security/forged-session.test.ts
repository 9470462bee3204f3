// Attack: sign a session cookie with the public fallback string the code used to fall back to
// when NEXTAUTH_SECRET was not set, and walk in as an admin.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

const dataDir = vi.hoisted(() => {
  // The way `next dev` or a careless deployment runs: no NEXTAUTH_SECRET in the environment.
  delete process.env.NEXTAUTH_SECRET;
  return { path: "" };
});
dataDir.path = mkdtempSync(path.join(tmpdir(), "meridian-secret-"));
process.env.MERIDIAN_DATA_DIR = dataDir.path;

const OLD_FALLBACK = "meridian-development-secret-change-me";

async function forgedCookie(): Promise<string> {
  return encode({ token: { sub: "any-admin-id", sv: 0, sid: "any-session" }, secret: OLD_FALLBACK });
}

describe("forged session cookie (secret missing)", () => {
  it("the proxy does not let a cookie signed with the old fallback string through", async () => {
    const { proxy } = await import("@/proxy");
    const req = new NextRequest("http://meridian.test/dashboard", {
      headers: { cookie: `next-auth.session-token=${await forgedCookie()}` },
    });
    const res = await proxy(req);
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toContain("/sign-in");
  });

  it("the app does not decode it either, and signs with a generated 0600 secret instead", async () => {
    const { authSecret } = await import("@/lib/auth/auth-secret");
    const { decode } = await import("next-auth/jwt");
    expect(authSecret()).not.toBe(OLD_FALLBACK);
    await expect(decode({ token: await forgedCookie(), secret: authSecret() })).rejects.toThrow();
    expect(statSync(path.join(dataDir.path, "auth-secret")).mode & 0o777).toBe(0o600);
  });

  it("production refuses to start without NEXTAUTH_SECRET, with a clear message", async () => {
    const { checkAuthConfiguration } = await import("@/lib/auth/auth-secret");
    expect(() => checkAuthConfiguration({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(() => checkAuthConfiguration({ NODE_ENV: "production", NEXTAUTH_SECRET: "  " })).toThrow(/NEXTAUTH_SECRET/);
    expect(checkAuthConfiguration({ NODE_ENV: "production", NEXTAUTH_SECRET: "s3cret-from-the-operator" })).toBe(
      "s3cret-from-the-operator",
    );
    expect(checkAuthConfiguration({ NODE_ENV: "development" })).toBeUndefined();
  });
});
