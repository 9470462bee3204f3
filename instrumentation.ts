// Runs once when a Next.js server process starts: starts the background loop (domain events,
// webhook deliveries, mail outbox, scheduled jobs) in the Node.js runtime only — never during
// `next build`, never in the edge runtime, and not when MERIDIAN_WORKERS=off.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Refuse to serve (clear message, exit) rather than sign sessions with a guessable key.
  const { authSecret } = await import("@/lib/auth/auth-secret");
  try {
    authSecret();
  } catch (error) {
    console.error(`[meridian] ${(error as Error).message}`);
    process.exit(1);
  }
  if (process.env.MERIDIAN_WORKERS === "off") return;
  const { startBackgroundLoop } = await import("@/lib/jobs/background-loop");
  startBackgroundLoop();
}
