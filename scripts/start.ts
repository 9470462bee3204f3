// `npm start`: migrate (and seed an empty database), build when the sources are newer than the
// last build (never with MERIDIAN_BUILD=skip, as `npm run start:prod` sets), then serve with
// `next start` on PORT. The embedded database is opened by the server process only after this
// script has closed it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { generatedAuthSecret } from "@/lib/auth/auth-secret";
import { claimDataDir, releaseDataDir } from "@/lib/database/data-dir-lock";
import { dataDir, env, isEmbeddedDatabase } from "@/lib/env";
import { SERVER_NODE_FLAGS } from "@/lib/server-node-flags";
import { prepareDatabase } from "./prepare-database";

const ROOT = process.cwd();
const SOURCES = ["app", "components", "lib", "locales", "public", "next.config.ts", "package.json", "proxy.ts", "prisma/schema.prisma"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

// The embedded default needs no configuration: a random secret kept in the data directory.
function authSecret(): string {
  return env().NEXTAUTH_SECRET || generatedAuthSecret(dataDir());
}

async function main(): Promise<void> {
  // A deployment (`npm run build`, then `npm run start:prod`) never compiles at start; a forgotten
  // build step fails here, before the database is touched.
  if (env().MERIDIAN_BUILD === "skip" && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("MERIDIAN_BUILD=skip but there is no build: run `npm run build` first");
  }
  const embedded = isEmbeddedDatabase();
  if (embedded) claimDataDir(dataDir());
  await prepareDatabase({ seed: env().MERIDIAN_SEED === "demo", backup: embedded });
  if (env().MERIDIAN_BUILD === "auto" && needsBuild()) {
    console.log("[meridian] building the app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = String(env().PORT);
  console.log(`[meridian] serving on http://localhost:${port} (${embedded ? `embedded database in ${dataDir()}` : "PostgreSQL"})`);
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--require", path.join(ROOT, "scripts/peer-address.cjs"), path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    if (embedded) releaseDataDir(dataDir());
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  if (isEmbeddedDatabase()) releaseDataDir(dataDir());
  console.error(`[meridian] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
