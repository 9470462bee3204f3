// The key that signs session cookies. There is no built-in fallback: a public default string
// would let anyone forge a session. Production refuses to run without NEXTAUTH_SECRET; `npm start`
// and development keep a random one in the data directory (mode 0600), so the embedded default
// still works without configuration.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. In production it must be set to a long random value (the same on every instance), " +
  "e.g. `openssl rand -base64 32`; without it anyone could forge a session. `npm start` generates one for the embedded database.";

/** The configured secret, or an error when production runs without one. Pure, for the start-up check. */
export function checkAuthConfiguration(config: { NODE_ENV?: string; NEXTAUTH_SECRET?: string }): string | undefined {
  const secret = config.NEXTAUTH_SECRET?.trim();
  if (secret) return secret;
  if (config.NODE_ENV === "production") throw new Error(MISSING_SECRET_MESSAGE);
  return undefined;
}

/** Reads the generated secret of a data directory, creating it (0600) the first time. */
export function generatedAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  // Files written by older versions were world-readable.
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}

let cached: string | undefined;

/** The signing secret for this process: configured, or (outside production) the data directory's. */
export function authSecret(): string {
  // `next build` imports the auth options to collect page data but signs nothing: a throwaway key
  // keeps builds free of secrets (the server reads the real one when it starts).
  if (process.env.NEXT_PHASE === "phase-production-build") return randomBytes(32).toString("base64url");
  cached ??=
    checkAuthConfiguration({ NODE_ENV: process.env.NODE_ENV, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET }) ??
    generatedAuthSecret(path.resolve(process.env.MERIDIAN_DATA_DIR || ".data"));
  return cached;
}
