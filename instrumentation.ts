// Runs once when a Next.js server process starts: starts the background loop (domain events,
// webhook deliveries, mail outbox, scheduled jobs) in the Node.js runtime only — never during
// `next build`, never in the edge runtime, and not when MERIDIAN_WORKERS=off.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.MERIDIAN_WORKERS === "off") return;
  const { startBackgroundLoop } = await import("@/lib/jobs/background-loop");
  startBackgroundLoop();
}
