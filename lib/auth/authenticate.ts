// Email + password sign-in, shared by the sign-in page (next-auth) and POST /api/v1/auth/token.
// Rate-limited per e-mail and per client address through the database; every attempt is audited.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { signInSchema } from "./auth.schemas";
import { DUMMY_HASH, verifyPassword } from "./password";

export interface AuthenticatedUser {
  id: string;
  email: string;
  sessionVersion: number;
}

export async function authenticate(input: unknown, client: { ip?: string } = {}): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  const db = await getDb();
  const limits = { limit: env().SIGNIN_MAX_ATTEMPTS, windowSeconds: env().SIGNIN_WINDOW_SECONDS };

  const byEmail = await hitRateLimit(`signin:email:${email}`, limits);
  const byIp = client.ip
    ? await hitRateLimit(`signin:ip:${client.ip}`, { ...limits, limit: limits.limit * 10 })
    : { allowed: true, retryAfterSeconds: 0 };
  if (!byEmail.allowed || !byIp.allowed) {
    await recordAudit({ action: "auth.sign_in_rate_limited", entityType: "user", meta: { email, ip: client.ip } });
    throw new AppError("RATE_LIMITED", {
      details: { retryAfterSeconds: Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds) },
    });
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
  await resetRateLimit(`signin:email:${email}`);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({
    actor: { id: user.id, email: user.email },
    action: "auth.sign_in",
    entityType: "user",
    entityId: user.id,
    meta: { ip: client.ip },
  });
  return { id: user.id, email: user.email, sessionVersion: user.sessionVersion };
}
