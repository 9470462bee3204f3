// Attacks: get a script injected into a page to run (no Content-Security-Policy), strip HTTPS
// on a later visit (no HSTS), and crash a page with a malformed or NUL-laden URL.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "security-headers-test-secret";
});
const { proxy } = await import("@/proxy");

async function signedInRequest(url: string, headers: Record<string, string> = {}) {
  const cookie = await encode({ token: { sub: "u", sv: 0, sid: "s" }, secret: "security-headers-test-secret" });
  return new NextRequest(url, { headers: { cookie: `next-auth.session-token=${cookie}`, ...headers } });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("page security headers", () => {
  it("every page gets a nonce-based CSP, and the nonce reaches the page (x-nonce)", async () => {
    const first = await proxy(await signedInRequest("http://meridian.test/dashboard"));
    const second = await proxy(await signedInRequest("http://meridian.test/dashboard"));
    const csp = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("script-src 'self' 'nonce-");
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    const signIn = await proxy(new NextRequest("http://meridian.test/sign-in"));
    expect(signIn.headers.get("content-security-policy")).toContain("'nonce-");
  });

  it("sends HSTS over HTTPS in production only", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect((await proxy(await signedInRequest("https://meridian.test/dashboard"))).headers.get("strict-transport-security")).toContain(
      "max-age=",
    );
    expect((await proxy(await signedInRequest("http://meridian.test/dashboard"))).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NODE_ENV", "development");
    expect((await proxy(await signedInRequest("https://meridian.test/dashboard"))).headers.get("strict-transport-security")).toBeNull();
  });

  it("answers 400 to a malformed % escape or NUL in a page URL", async () => {
    for (const url of ["http://meridian.test/campaigns/%E0%A4%A", "http://meridian.test/admin/users?q=%00", "http://meridian.test/campaigns/a%00b"]) {
      expect((await proxy(await signedInRequest(url))).status).toBe(400);
    }
    expect((await proxy(await signedInRequest("http://meridian.test/admin/users?q=%C3%A9"))).status).toBe(200);
  });
});

describe("malformed server action requests", () => {
  const action = (headers: Record<string, string>) =>
    signedInRequest("http://meridian.test/campaigns", { "next-action": "abc123", host: "meridian.test", ...headers }).then(
      (r) => new NextRequest(r, { method: "POST", body: "[]" }),
    );

  it("a server action from a foreign origin is a 403, not Next's 500", async () => {
    const res = await proxy(await action({ origin: "https://evil.example" }));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FOREIGN_ORIGIN");
    expect((await proxy(await action({ origin: "http://meridian.test" }))).status).toBe(200);
  });

  it("an oversized server action is a 413", async () => {
    const res = await proxy(await action({ origin: "http://meridian.test", "content-length": String(41 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });
});
