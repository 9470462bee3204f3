// next-auth configuration (Credentials + JWT sessions) and the server-side session helpers.
// The JWT carries only the user id and session version; every request reloads the actor, so a
// disabled user or a revoked session (sessionVersion bumped) is out at the next request.
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cache } from "react";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string") return forwarded.split(",")[0]!.trim();
  return undefined;
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET ?? "meridian-development-secret-change-me",
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(credentials, { ip: clientIp(req?.headers) });
          return { id: user.id, email: user.email, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth shows `error` in the sign-in URL; we pass our code through.
          if (error instanceof AppError) throw new Error(error.code);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
};

/** The signed-in actor for this request, or null. Cached per request. */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  return loadActor(session.userId, session.sv ?? 0);
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
