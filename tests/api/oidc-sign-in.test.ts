// OIDC sign-in end to end over HTTP, without a browser: next-auth's own handler (AuthHandler, the
// code behind /api/auth/*) against a real OpenID Provider (oidc-provider) started here. The
// provider's login and consent forms are submitted with fetch and a cookie jar, and the
// authorization code goes back through next-auth's callback with its PKCE and state cookies.
const PORT = 41_000 + Math.floor(Math.random() * 2000);
const APP = "http://localhost:3999";
process.env.NEXTAUTH_URL = APP;
process.env.NEXTAUTH_SECRET = "oidc-test-secret-0123456789abcdef0123456789";
process.env.OIDC_ISSUER = `http://127.0.0.1:${PORT}`;
process.env.OIDC_CLIENT_ID = "meridian";
process.env.OIDC_CLIENT_SECRET = "meridian-secret";
process.env.OIDC_NAME = "Brand ID";
process.env.OIDC_SCOPES = "openid email profile groups";
process.env.OIDC_ROLE_MAP = "meridian-de=regional_marketer:DE";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthOptions } from "next-auth";
import { createRequire } from "node:module";
import path from "node:path";
import { decode } from "next-auth/jwt";
import { loadSessionActor } from "@/lib/auth/user-session";
import { getDb } from "@/lib/db";
import { startOidcTestProvider, type OidcTestProvider } from "@/lib/testing/oidc-test-provider";
import { setupTestDatabase } from "@/lib/testing/test-database";

// next-auth's package exports do not list ./core; an absolute path is outside that map.
type Internal = { action: string; method: string; origin: string; cookies: Record<string, string>; headers: Record<string, string>; query: Record<string, string>; providerId?: string; body?: Record<string, string> };
type Result = { redirect?: string; body?: unknown; cookies?: { name: string; value: string }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Internal; options: AuthOptions }) => Promise<Result>;
};

setupTestDatabase({ seeded: true });
let provider: OidcTestProvider;
let authOptions: AuthOptions;

beforeAll(async () => {
  provider = await startOidcTestProvider({
    port: PORT,
    clientId: "meridian",
    clientSecret: "meridian-secret",
    redirectUris: [`${APP}/api/auth/callback/oidc`],
    accounts: {
      nina: { email: "nina@brand.example", name: "Nina Neu", groups: ["staff", "meridian-de"] },
      stranger: { email: "stranger@brand.example", groups: ["staff"] },
    },
  });
  // Imported after the environment is set: the provider list is built when lib/auth loads.
  authOptions = (await import("@/lib/auth")).authOptions;
});
afterAll(async () => {
  await provider?.close();
});

type Jar = Map<string, string>;

function remember(jar: Jar, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
  }
}

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Follows the provider's redirects, submitting its login and consent forms, until it sends the browser back to the app. */
async function loginAtProvider(start: string, login: string): Promise<URL> {
  const jar: Jar = new Map();
  let url = new URL(start);
  for (let step = 0; step < 12; step++) {
    if (url.origin === APP) return url;
    let res = await fetch(url, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
    remember(jar, res);
    if (url.pathname.startsWith("/interaction/") && res.status === 200) {
      const html = await res.text();
      const form: Record<string, string> = html.includes('value="login"') ? { prompt: "login", login, password: "any" } : { prompt: "consent" };
      res = await fetch(url, { method: "POST", redirect: "manual", headers: { cookie: cookieHeader(jar), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });
      remember(jar, res);
    }
    const location = res.headers.get("location");
    if (!location) throw new Error(`provider stopped at ${url} with ${res.status}`);
    url = new URL(location, url);
  }
  throw new Error("too many redirects at the provider");
}

function cookiesOf(result: { cookies?: { name: string; value: string }[] }, jar: Record<string, string> = {}) {
  for (const c of result.cookies ?? []) jar[c.name] = c.value;
  return jar;
}

/** The whole sign-in: csrf → signin (redirect to the provider) → provider → callback. */
async function signInThroughProvider(login: string) {
  const csrf = await AuthHandler({ req: { action: "csrf", method: "GET", origin: APP, cookies: {}, headers: {}, query: {} }, options: authOptions });
  const jar = cookiesOf(csrf);
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const signin = await AuthHandler({
    req: { action: "signin", providerId: "oidc", method: "POST", origin: APP, cookies: jar, headers: {}, query: {}, body: { csrfToken, callbackUrl: `${APP}/work` } },
    options: authOptions,
  });
  cookiesOf(signin, jar);
  const authorize = new URL(signin.redirect!);
  expect(authorize.origin).toBe(process.env.OIDC_ISSUER);
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("state")).toBeTruthy();
  const back = await loginAtProvider(signin.redirect!, login);
  expect(back.pathname).toBe("/api/auth/callback/oidc");
  const callback = await AuthHandler({
    req: { action: "callback", providerId: "oidc", method: "GET", origin: APP, cookies: jar, headers: {}, query: Object.fromEntries(back.searchParams) },
    options: authOptions,
  });
  return { redirect: callback.redirect ?? "", cookies: cookiesOf(callback) };
}

describe("OIDC sign-in against a real OpenID Provider", () => {
  it("offers the provider with PKCE and state", () => {
    expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
  });

  it("creates a new user from the group claim and starts a UserSession", async () => {
    const { redirect, cookies } = await signInThroughProvider("nina");
    expect(redirect).toBe(`${APP}/work`);
    const session = cookies["next-auth.session-token"];
    expect(session).toBeTruthy();
    const token = await decode({ token: session!, secret: process.env.NEXTAUTH_SECRET! });
    const actor = await loadSessionActor(String(token?.sid), Number(token?.sv));
    const db = await getDb();
    const de = await db.market.findUniqueOrThrow({ where: { code: "DE" } });
    expect(actor).toMatchObject({ email: "nina@brand.example", name: "Nina Neu", role: "regional_marketer", marketIds: [de.id] });
  });

  it("sends someone in no mapped group back to the sign-in page with a code, creating nothing", async () => {
    const { redirect, cookies } = await signInThroughProvider("stranger");
    expect(redirect).toBe("/sign-in?error=SSO_NOT_PROVISIONED");
    expect(cookies["next-auth.session-token"]).toBeUndefined();
    const db = await getDb();
    expect(await db.user.count({ where: { email: "stranger@brand.example" } })).toBe(0);
  });
});
