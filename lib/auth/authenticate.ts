// Email + password sign-in, shared by the sign-in page (next-auth) and POST /api/v1/auth/token.
// Limits live in the database: failures slow down per e-mail + client address
// (lib/rate-limit/sign-in-backoff.ts), and one address has a cap over all e-mails. Every attempt
// is audited. A hash from before argon2id is upgraded once the password proved right.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { clearSignInBackoff, takeSignInAttempt } from "@/lib/rate-limit/sign-in-backoff";
import { signInSchema } from "./auth.schemas";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import { isPasswordSignInAllowed } from "./sso-sign-in";

export interface AuthenticatedUser {
  id: string;
  email: string;
  sessionVersion: number;
}

async function checkLimits(email: string, ip: string | undefined): Promise<void> {
  const byPair = await takeSignInAttempt(`signin:${email}|${ip ?? "unknown"}`, env().SIGNIN_MAX_ATTEMPTS);
  const byIp = ip
    ? await hitRateLimit(`signin:ip:${ip}`, { limit: env().SIGNIN_MAX_ATTEMPTS * 10, windowSeconds: env().SIGNIN_WINDOW_SECONDS })
    : { allowed: true, retryAfterSeconds: 0 };
  if (byPair.allowed && byIp.allowed) return;
  await recordAudit({ action: "auth.sign_in_rate_limited", entityType: "user", meta: { email, ip } });
  const retryAfterSeconds = Math.max(byPair.allowed ? 0 : byPair.retryAfterSeconds, byIp.allowed ? 0 : byIp.retryAfterSeconds);
  throw new AppError("RATE_LIMITED", { details: { retryAfterSeconds } });
}

/** What a sign-in form or the token API sends; malformed fields answer INVALID_CREDENTIALS, never a validation error that tells which. */
export type SignInAttempt = { email?: unknown; password?: unknown } | null | undefined;

export async function authenticate(input: SignInAttempt, client: { ip?: string } = {}): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  const db = await getDb();
  await checkLimits(email, client.ip);
  if (!isPasswordSignInAllowed(email)) {
    await recordAudit({ action: "auth.sign_in_failed", entityType: "user", meta: { email, ip: client.ip, reason: "sso_required" } });
    throw new AppError("SSO_REQUIRED", { status: 403 });
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabledAt) {
    await recordAudit({
      actor: user ? { id: user.id, email: user.email } : null,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id,
      meta: { email, ip: client.ip, reason: !user || !valid ? "credentials" : "disabled" },
    });
    throw new AppError("INVALID_CREDENTIALS");
  }
  await clearSignInBackoff(`signin:${email}|${client.ip ?? "unknown"}`);
  const passwordHash = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date(), passwordHash } });
  await recordAudit({
    actor: { id: user.id, email: user.email },
    action: "auth.sign_in",
    entityType: "user",
    entityId: user.id,
    meta: { ip: client.ip },
  });
  return { id: user.id, email: user.email, sessionVersion: user.sessionVersion };
}

/** Re-checks the signed-in user's password (minting a token from a session asks for it). */
export async function confirmPassword(userId: string, password: string): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  await checkLimits(user?.email ?? userId, `confirm:${userId}`);
  if (!user || !(await verifyPassword(password, user.passwordHash))) throw new AppError("PASSWORD_CONFIRMATION_FAILED", { status: 403 });
  await clearSignInBackoff(`signin:${user.email}|confirm:${userId}`);
}
