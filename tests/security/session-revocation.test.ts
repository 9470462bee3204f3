// Attacks: keep a copy of a session cookie and use it after sign-out (or mint a 90-day token
// with it); keep using API tokens after the password was reset or the account disabled.
import { decode, encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/lib/testing/test-database";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "session-revocation-test-secret";
});

const { authOptions } = await import("@/lib/auth");
const { authenticateToken } = await import("@/lib/tokens/authenticate-token");
const { createApiToken } = await import("@/lib/tokens/create-api-token");
const { createTokenFromSessionSchema } = await import("@/lib/tokens/token.schemas");
const { confirmPassword } = await import("@/lib/auth/authenticate");
const { resetPassword } = await import("@/lib/users/reset-password");
const { updateUser } = await import("@/lib/users/update-user");
const { seedAndLoadActors } = await import("@/lib/testing/demo-actors");
const { DEMO_PASSWORD } = await import("@/prisma/seed/seed-foundation");

setupTestDatabase({ seeded: true });
let actors: Awaited<ReturnType<typeof seedAndLoadActors>>;
beforeAll(async () => {
  actors = await seedAndLoadActors();
});

const secret = "session-revocation-test-secret";
const callbacks = authOptions.callbacks!;

/** Signs in through next-auth's Credentials provider and returns the cookie value it would set. */
async function signIn(email: string): Promise<string> {
  const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<Record<string, unknown>> } };
  const user = await provider.options.authorize({ email, password: DEMO_PASSWORD }, { headers: {} });
  const token = await callbacks.jwt!({ token: { sub: String(user.id) }, user: user as never, account: null, trigger: "signIn" });
  return encode({ token, secret });
}

/** What /api/auth/session (and getSessionActor) make of a cookie. */
async function sessionOf(cookie: string) {
  const token = (await decode({ token: cookie, secret })) as JWT;
  const expires = new Date(Date.now() + 3_600_000).toISOString();
  return (await callbacks.session!({ session: { expires } as never, token, user: undefined as never, newSession: undefined, trigger: "update" })) as unknown as {
    userId?: string;
    user?: { email?: string };
  };
}

describe("session and token revocation", () => {
  it("a copied cookie stops working after sign-out", async () => {
    const cookie = await signIn("fr.marketer@meridian.test");
    const copy = cookie;
    expect((await sessionOf(copy)).userId).toBe(actors["fr.marketer@meridian.test"].id);
    await authOptions.events!.signOut!({ token: (await decode({ token: cookie, secret }))!, session: undefined as never });
    expect(await sessionOf(copy)).toEqual({});
  });

  it("/api/auth/session says nothing about a disabled user", async () => {
    const cookie = await signIn("jp.marketer@meridian.test");
    await updateUser(actors["admin@meridian.test"], { id: actors["jp.marketer@meridian.test"].id, disabled: true });
    const session = await sessionOf(cookie);
    expect(session).toEqual({});
  });

  it("a password reset revokes the user's API tokens and sessions", async () => {
    const de = actors["de.marketer@meridian.test"];
    const cookie = await signIn(de.email);
    const token = await createApiToken(de, { name: "ci" });
    expect(await authenticateToken(token.token)).not.toBeNull();
    await resetPassword(actors["admin@meridian.test"], { id: de.id, password: "violet tractor umbrella 42" });
    expect(await authenticateToken(token.token)).toBeNull();
    expect((await sessionOf(cookie)).userId).toBeUndefined();
  });

  it("disabling a user or changing their role revokes their API tokens", async () => {
    const viewer = actors["viewer@meridian.test"];
    const admin = actors["admin@meridian.test"];
    const token = await createApiToken(viewer, { name: "ci" });
    await updateUser(admin, { id: viewer.id, role: "translator" });
    expect(await authenticateToken(token.token)).toBeNull();
    const second = await createApiToken({ ...viewer, role: "translator" }, { name: "ci2" });
    await updateUser(admin, { id: viewer.id, disabled: true });
    await updateUser(admin, { id: viewer.id, disabled: false });
    expect(await authenticateToken(second.token)).toBeNull();
  });

  it("minting a token from a session asks for the password again", async () => {
    const brand = actors["brand@meridian.test"];
    // The settings action's input: no password, no token.
    expect(createTokenFromSessionSchema.safeParse({ name: "stolen" }).success).toBe(false);
    await expect(confirmPassword(brand.id, "not-my-password")).rejects.toMatchObject({ code: "PASSWORD_CONFIRMATION_FAILED", status: 403 });
    await expect(confirmPassword(brand.id, DEMO_PASSWORD)).resolves.toBeUndefined();
  });
});
