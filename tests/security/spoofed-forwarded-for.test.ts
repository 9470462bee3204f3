// Attack: spray sign-ins from one machine while writing a new X-Forwarded-For on every request,
// so the per-address limit never sees the same address twice.
import { describe, expect, it } from "vitest";
import * as v1AuthTokenRoute from "@/app/api/v1/auth/token/route";
import { clientAddress, parseTrustedProxies, PEER_HEADER } from "@/lib/auth/client-address";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { POST: issueToken } = documentedRoute("/api/v1/auth/token", v1AuthTokenRoute);

setupTestDatabase({ seeded: true });

const noParams = { params: Promise.resolve({}) };
const headersOf = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe("spoofed forwarding headers", () => {
  it("one socket address spraying many e-mails hits the per-address cap whatever X-Forwarded-For says", async () => {
    // What scripts/peer-address.cjs does in the `npm start` server.
    process.env.MERIDIAN_PEER_STAMPED = "1";
    const statuses: number[] = [];
    for (let i = 0; i < 52; i++) {
      const res = await issueToken(
        new Request("http://t/api/v1/auth/token", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            [PEER_HEADER]: "203.0.113.7",
            "x-forwarded-for": `198.51.100.${i}`,
            "x-real-ip": `198.51.100.${i}`,
          },
          body: JSON.stringify({ email: `nobody-${i}@meridian.test`, password: "guess-guess" }),
        }),
        noParams,
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(50)).toEqual([429, 429]);
  }, 120_000);

  it("believes forwarding headers only from TRUSTED_PROXIES, taking the right-most untrusted hop", () => {
    const none = parseTrustedProxies("");
    const spoofed = headersOf({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "10.9.9.9", "x-real-ip": "10.9.9.9" });
    expect(clientAddress(spoofed, none, true)).toBe("203.0.113.7");

    const trusted = parseTrustedProxies("10.0.0.0/8, ::1, 192.0.2.1");
    const viaProxy = headersOf({ [PEER_HEADER]: "::ffff:10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.3" });
    expect(clientAddress(viaProxy, trusted, true)).toBe("198.51.100.4");
    expect(clientAddress(headersOf({ [PEER_HEADER]: "::1", "x-real-ip": "198.51.100.5" }), trusted, true)).toBe("198.51.100.5");
    // A client cannot claim the stamp header on a server that does not stamp it.
    expect(clientAddress(headersOf({ [PEER_HEADER]: "1.2.3.4" }), none, false)).toBeUndefined();
    expect(() => parseTrustedProxies("not-an-ip")).toThrow(/TRUSTED_PROXIES/);
  });
});
