// next-auth configuration (Credentials + JWT sessions) and the server-side session helpers.
// The JWT carries only the user id, session version and the id of a UserSession row; every
// request reloads the actor through that row, so sign-out, disabling, a password reset or a
// role change ends the session at the next request, even for a copied cookie.
import type { NextAuthOptions, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cache } from "react";
import { authSecret } from "@/lib/auth/auth-secret";
import { authenticate } from "@/lib/auth/authenticate";
import { requestClientAddress } from "@/lib/auth/client-address";
import { signInWithOidc, type OidcClaims } from "@/lib/auth/sso-sign-in";
import { loadSessionActor, revokeUserSession, startUserSession } from "@/lib/auth/user-session";
import { env, oidcConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";

type JwtClaims = { sub?: string; sv?: unknown; sid?: unknown };

function headerGetter(headers: Record<string, unknown> | undefined) {
  return (name: string) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : undefined;
  };
}

// Per request (React cache): the session callback and getSessionActor share one lookup.
const sessionActor = cache(async (sid: string, sv: number): Promise<Actor | null> => loadSessionActor(sid, sv));

function claimsActor(token: JwtClaims): Promise<Actor | null> {
  if (typeof token.sid !== "string" || typeof token.sv !== "number") return Promise.resolve(null);
  return sessionActor(token.sid, token.sv);
}

/** The id of the OpenID Connect provider: its callback is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

// Authorization Code with PKCE and state; the ID token's claims are the profile (no userinfo call).
function oidcProvider(): OAuthConfig<OidcClaims>[] {
  const config = oidcConfig();
  if (!config) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: config.name,
      type: "oauth",
      wellKnown: `${config.issuer}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: env().OIDC_SCOPES } },
      checks: ["pkce", "state"],
      idToken: true,
      // The account is found or created in the signIn callback; here only the claims are carried.
      profile: (claims) => ({ id: String(claims.sub), email: typeof claims.email === "string" ? claims.email : null, claims }),
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(credentials, { ip: requestClientAddress(headerGetter(req?.headers)) });
          const sid = await startUserSession(user.id, env().SESSION_MAX_AGE_HOURS * 3600);
          return { id: user.id, email: user.email, sessionVersion: user.sessionVersion, sid };
        } catch (error) {
          // next-auth shows `error` in the sign-in URL; we pass our code through.
          if (error instanceof AppError) throw new Error(error.code);
          throw error;
        }
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // OIDC only (passwords were checked in authorize): match or provision the user and start a
    // UserSession. Without an adapter next-auth hands this same `user` object to jwt(), so the
    // fields set here become the token's claims. A refusal goes back to the sign-in page with its code.
    async signIn({ user, account }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      try {
        const claims = (user as User & { claims?: OidcClaims }).claims ?? {};
        Object.assign(user, await signInWithOidc(claims), { claims: undefined });
        return true;
      } catch (error) {
        if (error instanceof AppError) return `/sign-in?error=${encodeURIComponent(error.code)}`;
        throw error;
      }
    },
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion?: number; sid?: string };
        token.sub = signedIn.id;
        token.sv = signedIn.sessionVersion ?? 0;
        token.sid = signedIn.sid;
      }
      return token;
    },
    // Also what /api/auth/session answers: nothing about a user whose session or account ended
    // ({} is next-auth's "no session").
    async session({ session, token }) {
      const actor = await claimsActor(token as JwtClaims);
      if (!actor) return {} as typeof session;
      return { expires: session.expires, user: { name: actor.name, email: actor.email }, userId: actor.id, sid: token.sid, sv: token.sv };
    },
  },
  events: {
    async signOut({ token }) {
      const sid = (token as JwtClaims | null)?.sid;
      if (typeof sid === "string") await revokeUserSession(sid);
    },
  },
};

/** The signed-in actor for this request, or null. Cached per request. */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string; sv?: number } | null;
  if (!session?.sid || typeof session.sv !== "number") return null;
  return sessionActor(session.sid, session.sv);
});

/** For pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) {
    const { redirect } = await import("next/navigation");
    redirect("/sign-in");
  }
  return actor!;
}
