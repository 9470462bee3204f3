// Sign-in through the OpenID Provider (next-auth's OAuth provider in lib/auth.ts hands us the ID
// token's claims). The person is matched by verified e-mail; someone new is created just in time
// with the role and markets their group claim maps to (OIDC_ROLE_MAP, lib/core/sso). Existing
// users keep the role and markets an admin or SCIM gave them: the claim only seeds new accounts.
// Every sign-in starts a UserSession row, exactly as a password sign-in does.
import { recordAudit } from "@/lib/audit/record-audit";
import { claimGroups, mapClaimsToAccess, parseRoleMap } from "@/lib/core/sso/claim-mapping";
import { withTransaction } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { startUserSession } from "./user-session";

/** Stored as the password hash of accounts made by SSO or SCIM: no password ever verifies against it. */
export const NO_PASSWORD = "!sso";

export type OidcClaims = Record<string, unknown>;

export interface SsoSignIn {
  id: string;
  email: string;
  sessionVersion: number;
  /** The UserSession row this sign-in started. */
  sid: string;
}

function refuse(code: string, email: string | undefined, reason: string): never {
  void recordAudit({ action: "auth.sign_in_failed", entityType: "user", meta: { email, method: "oidc", reason } }).catch(() => undefined);
  throw new AppError(code, { status: 403 });
}

function claimedIdentity(claims: OidcClaims): { email: string; name: string } {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  // An unverified address could be anyone's: matching it would hand over that account.
  if (!email || claims.email_verified !== true) refuse("SSO_EMAIL_NOT_VERIFIED", email || undefined, "email_not_verified");
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : email.split("@")[0]!;
  return { email, name };
}

export async function signInWithOidc(claims: OidcClaims, client: { ip?: string } = {}): Promise<SsoSignIn> {
  const { email, name } = claimedIdentity(claims);
  const settings = env();
  try {
    return await withTransaction(undefined, async (tx) => {
      let user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, sessionVersion: true, disabledAt: true } });
      if (user?.disabledAt) refuse("SSO_ACCOUNT_DISABLED", email, "disabled");
      if (!user) {
        const unmapped = settings.OIDC_UNMAPPED_ROLE === "none" ? null : settings.OIDC_UNMAPPED_ROLE;
        const groups = claimGroups(claims[settings.OIDC_ROLE_CLAIM]);
        const access = mapClaimsToAccess(groups, parseRoleMap(settings.OIDC_ROLE_MAP), unmapped);
        if (!access) refuse("SSO_NOT_PROVISIONED", email, "no_mapped_group");
        const markets = await tx.market.findMany({ where: { code: { in: access.marketCodes }, archivedAt: null }, select: { id: true, code: true } });
        user = await tx.user.create({
          data: { email, name, role: access.role, passwordHash: NO_PASSWORD, memberships: { create: markets.map((m) => ({ marketId: m.id })) } },
          select: { id: true, email: true, sessionVersion: true, disabledAt: true },
        });
        await recordAudit(
          {
            action: "user.create",
            entityType: "user",
            entityId: user.id,
            after: { email, role: access.role, markets: markets.map((m) => m.code).sort() },
            meta: { source: "oidc", groups, unknownMarkets: access.marketCodes.filter((code) => !markets.some((m) => m.code === code)) },
          },
          tx,
        );
      }
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      const sid = await startUserSession(user.id, settings.SESSION_MAX_AGE_HOURS * 3600, tx);
      await recordAudit({ actor: user, action: "auth.sign_in", entityType: "user", entityId: user.id, meta: { ip: client.ip, method: "oidc" } }, tx);
      return { id: user.id, email: user.email, sessionVersion: user.sessionVersion, sid };
    });
  } catch (error) {
    // Two first sign-ins of the same person at once: the second finds the account next time.
    if (isUniqueViolation(error)) throw new AppError("SSO_RETRY", { status: 409 });
    throw error;
  }
}

/** SSO_REQUIRED: passwords work only for the break-glass admin (SSO_BREAK_GLASS_EMAIL). */
export function isPasswordSignInAllowed(email: string, settings: Pick<ReturnType<typeof env>, "SSO_REQUIRED" | "SSO_BREAK_GLASS_EMAIL"> = env()): boolean {
  return !settings.SSO_REQUIRED || (!!settings.SSO_BREAK_GLASS_EMAIL && email.toLowerCase() === settings.SSO_BREAK_GLASS_EMAIL);
}
