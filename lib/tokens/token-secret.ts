import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "mrd_";

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
