// Load benchmark over HTTP on PostgreSQL (issue 15, "Under load and faults"). Not a timed test.
//   npx tsx bench/load.ts
// Starts a throwaway PostgreSQL cluster (bench/throwaway-postgres.ts; or uses DATABASE_URL, a
// scratch database) and the app on it as `npm start` does (PORT, a temporary MERIDIAN_DATA_DIR,
// the demo seed, a build when the sources changed; the server runs with the server V8 flags), or
// reuses a running one: BASE_URL (with DATABASE_URL of its database, to find ids).
// Loopback only, bounded: LOAD_CLIENTS (50) closed-loop clients for LOAD_SECONDS (60) against
// a mix of term lookups, campaign and variant reads and stale variant saves (409 expected), with
// /api/health in the same rotation. Then, unless LOAD_IMPORT=0, /api/health from 5 clients while
// a ~20 MB TBX import runs. LOAD_RESTART_PG=1 restarts the cluster (pg_ctl restart -m fast) a
// third into the run and reports status codes before, during and after. Beside the mix, one
// client saves a variant with fresh versions; afterwards the versions, audit records and the
// block's text must agree (bench/load-writer.ts): no save half-applied.
// Prints markdown tables; writes JSON to bench/out/load-<time>.json.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { writeTbx } from "@/lib/termbase/tbx/write-tbx";
import { checkWrites, runWriter } from "./load-writer";
import { markdownTable, runClients, send, summarize, type Call, type Sample } from "./load-client";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3399);
const RESTART = process.env.LOAD_RESTART_PG === "1";
const IMPORT = process.env.LOAD_IMPORT !== "0";
const HEALTH = "GET /api/health";

async function waitForHealth(origin: string, minutes: number, server?: ChildProcess): Promise<void> {
  const deadline = Date.now() + minutes * 60_000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${origin} did not become healthy`);
}

function startServer(databaseUrl: string, dataDir: string): ChildProcess {
  const log = openSync(path.join(dataDir, "server.log"), "a");
  console.error(`starting the app on :${PORT} (log: ${dataDir}/server.log)`);
  return spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, MERIDIAN_DATA_DIR: dataDir, PORT: String(PORT), MERIDIAN_SEED: "demo" },
    stdio: ["ignore", log, log],
  });
}

async function token(agent: http.Agent, origin: string, email: string): Promise<string> {
  const res = await send(agent, origin, { route: "token", method: "POST", path: "/api/v1/auth/token", body: JSON.stringify({ email, password: "meridian-demo" }) });
  if (res.status !== 201) throw new Error(`token for ${email}: ${res.status} ${res.body}`);
  return (JSON.parse(res.body) as { token: string }).token;
}

/** Ids and lookups from the seeded database; each stale save targets a variant already saved once. */
async function prepare(databaseUrl: string, origin: string) {
  const agent = new http.Agent({ keepAlive: true });
  const tokens = {
    brand: await token(agent, origin, "brand@meridian.test"),
    campaigns: await token(agent, origin, "campaigns@meridian.test"),
    de: await token(agent, origin, "de.marketer@meridian.test"),
    viewer: await token(agent, origin, "viewer@meridian.test"),
  };
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const campaigns = (await pg.query<{ id: string }>(`SELECT id FROM "Campaign" ORDER BY id`)).rows.map((r) => r.id);
  const variants = (await pg.query<{ id: string; version: number; block: string }>(
    `SELECT v.id, v.version, (SELECT vb."blockId" FROM "VariantBlock" vb JOIN "Block" b ON b.id = vb."blockId"
       WHERE vb."variantId" = v.id AND b.policy IN ('translate', 'adapt') ORDER BY vb."blockId" LIMIT 1) AS block
     FROM "Variant" v JOIN "Market" m ON m.id = v."marketId" WHERE m.code = 'DE' ORDER BY v.id`,
  )).rows;
  const texts = (await pg.query<{ text: string }>(`SELECT text FROM "Term" ORDER BY id LIMIT 60`)).rows.map((r) => r.text);
  await pg.end();
  const queries = texts.flatMap((t, i) => [t.slice(0, 1 + (i % 4)), t]).concat(["zzq", "pay", "card"]);
  const stale: Array<{ id: string; block: string }> = [];
  const refused: string[] = [];
  for (const v of variants) {
    if (!v.block) continue;
    const bump = await send(agent, origin, { route: "bump", method: "PUT", path: `/api/v1/variants/${v.id}`, token: tokens.de, body: JSON.stringify({ version: v.version, blocks: [{ blockId: v.block, target: `Bench ${Date.now()}` }] }) });
    if (bump.status === 200) stale.push({ id: v.id, block: v.block });
    else refused.push(`${bump.status} ${bump.body.slice(0, 160)}`);
  }
  agent.destroy();
  if (stale.length === 0) console.error(`no DE variant the DE marketer may save (${refused[0] ?? "none found"}): the mix has no stale saves`);
  return { tokens, campaigns, variants: variants.map((v) => v.id), queries, stale };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** The mix: 4 term lookups, 2 campaign lists, 2 campaign reads, 2 variant reads, 2 stale saves, 1 health per 13. */
function mix(p: Prepared): (client: number, i: number) => Call {
  const readers = [p.tokens.brand, p.tokens.campaigns, p.tokens.viewer, p.tokens.de];
  const slots: Array<(n: number) => Call> = [
    ...Array.from({ length: 4 }, () => (n: number) => ({ route: "GET /api/v1/terms?q=…", method: "GET" as const, path: `/api/v1/terms?q=${encodeURIComponent(p.queries[n % p.queries.length]!)}&limit=20`, token: readers[n % 4] })),
    ...Array.from({ length: 2 }, () => (n: number) => ({ route: "GET /api/v1/campaigns", method: "GET" as const, path: "/api/v1/campaigns", token: readers[n % 3] })),
    ...Array.from({ length: 2 }, () => (n: number) => ({ route: "GET /api/v1/campaigns/{id}", method: "GET" as const, path: `/api/v1/campaigns/${p.campaigns[n % p.campaigns.length]}`, token: p.tokens.campaigns })),
    ...Array.from({ length: 2 }, () => (n: number) => ({ route: "GET /api/v1/variants/{id}", method: "GET" as const, path: `/api/v1/variants/${p.variants[n % p.variants.length]}`, token: p.tokens.de })),
    ...(p.stale.length === 0 ? [] : Array.from({ length: 2 }, () => (n: number) => {
      const v = p.stale[n % p.stale.length]!;
      return { route: "PUT /api/v1/variants/{id} (stale)", method: "PUT" as const, path: `/api/v1/variants/${v.id}`, token: p.tokens.de, body: JSON.stringify({ version: 1, blocks: [{ blockId: v.block, target: `Stale ${n}` }] }) };
    })),
    () => ({ route: HEALTH, method: "GET" as const, path: "/api/health" }),
  ];
  return (client, i) => slots[(client + i) % slots.length]!(client * 7919 + i);
}

function byRoute(samples: Sample[], seconds: number) {
  const routes = [...new Set(samples.map((s) => s.route))].sort();
  const rows = routes.map((r) => summarize(r, samples.filter((s) => s.route === r), seconds));
  const mixRow = summarize("mix (all but health)", samples.filter((s) => s.route !== HEALTH), seconds);
  return { rows: [...rows, mixRow], mix: mixRow, health: rows.find((r) => r.route === HEALTH)! };
}

/** /api/health from 5 clients while one ~20 MB TBX import runs through the API. */
async function importScenario(origin: string, p: Prepared) {
  const limit = 20 * 1024 * 1024;
  const tbxOf = (count: number) => writeTbx(Array.from({ length: count }, (_, i) => ({
    externalId: `load-${i}`,
    subject: "Load",
    terms: ["en-US", "de-DE", "fr-FR"].map((locale) => ({ locale, text: `load term ${i} ${locale} ${"x".repeat(i % 40)}`, status: "preferred" as const, doNotTranslate: false, caseSensitive: false })),
  })));
  // Just under the import limit (MAX_IMPORT_MB, 20): scale a small sample's size up.
  const perConcept = Buffer.byteLength(tbxOf(1000)) / 1000;
  let count = Math.floor((limit * 0.97) / perConcept);
  let tbx = tbxOf(count);
  while (Buffer.byteLength(tbx) > limit * 0.99) tbx = tbxOf((count = Math.floor(count * 0.97)));
  const agent = new http.Agent({ keepAlive: true });
  const started = performance.now();
  let done = false;
  const importing = send(agent, origin, { route: "import", method: "POST", path: "/api/v1/termbase/import", token: p.tokens.brand, body: tbx, contentType: "application/x-tbx+xml" }).finally(() => (done = true));
  const health: Sample[] = [];
  await Promise.all(Array.from({ length: 5 }, async () => {
    while (!done) {
      const t = performance.now();
      const { status } = await send(agent, origin, { route: HEALTH, method: "GET", path: "/api/health" });
      health.push({ route: HEALTH, status, ms: performance.now() - t, at: t - started });
    }
  }));
  const result = await importing;
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { megabytes: Buffer.byteLength(tbx) / 1024 / 1024, importStatus: result.status, importSeconds: seconds, health: summarize(`${HEALTH} during the import`, health, seconds) };
}

function phases(samples: Sample[], restart: { from: number; to: number }) {
  // By when the answer came: a request sent just before the restart is answered during it.
  const phase = (s: Sample) => (s.at + s.ms < restart.from ? "before" : s.at + s.ms <= restart.to + 2000 ? "during (+2 s)" : "after");
  const out: Record<string, Record<string, number>> = {};
  for (const s of samples) {
    const p = (out[phase(s)] ??= {});
    p[s.status] = (p[s.status] ?? 0) + 1;
  }
  return out;
}

async function main() {
  let cluster: ThrowawayPostgres | undefined;
  let server: ChildProcess | undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), "meridian-load-"));
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      cluster = startThrowawayPostgres();
      databaseUrl = cluster.url;
    }
    if (RESTART && !cluster) throw new Error("LOAD_RESTART_PG=1 needs the throwaway cluster (leave DATABASE_URL unset)");
    const origin = process.env.BASE_URL ?? `http://127.0.0.1:${PORT}`;
    if (!process.env.BASE_URL) server = startServer(databaseUrl, dataDir);
    await waitForHealth(origin, 15, server);
    const prepared = await prepare(databaseUrl, origin);
    // Warm-up (JIT, lazily compiled routes, pool connections), not measured.
    await runClients({ origin, clients: CLIENTS, seconds: Math.min(15, SECONDS / 4), next: mix(prepared) });
    let restart: { from: number; to: number } | undefined;
    const restarting = RESTART
      ? new Promise<void>((resolve, reject) => setTimeout(() => {
          const from = performance.now();
          cluster!.restart().then(() => {
            restart = { from: from - begin, to: performance.now() - begin };
            resolve();
          }, reject);
        }, (SECONDS * 1000) / 3))
      : Promise.resolve();
    const begin = performance.now();
    const writerVariant = prepared.stale.at(-1);
    const writing = writerVariant ? runWriter({ origin, token: prepared.tokens.de, variantId: writerVariant.id, blockId: writerVariant.block, seconds: SECONDS }) : undefined;
    const samples = await runClients({ origin, clients: CLIENTS, seconds: SECONDS, next: mix(prepared) });
    await restarting;
    const writes = writing && writerVariant ? await checkWrites(databaseUrl, writerVariant.id, writerVariant.block, await writing) : undefined;
    const load = byRoute(samples, SECONDS);
    const ratio = load.mix.p95 / load.health.p95;
    console.log(`\n## Load: ${CLIENTS} clients, ${SECONDS} s, PostgreSQL${RESTART ? ", cluster restarted a third in" : ""}\n\n${markdownTable(load.rows)}\n`);
    console.log(`failed (not 200/201/409/412): ${load.mix.failed + load.health.failed} (target 0)`);
    console.log(`p95 mix / p95 health: ${load.mix.p95.toFixed(1)} / ${load.health.p95.toFixed(1)} ms = ${ratio.toFixed(2)}× (target ≤ 3×)`);
    const restartReport = restart ? { ...restart, statuses: phases(samples, restart) } : undefined;
    if (restartReport) console.log(`restart ${(restart!.from / 1000).toFixed(1)}–${(restart!.to / 1000).toFixed(1)} s; statuses by phase: ${JSON.stringify(restartReport.statuses)}`);
    if (writes) console.log(`fresh saves beside the mix (one client): ${writes.saved} saved, statuses ${JSON.stringify(writes.statuses)}, versions ${writes.versions.from}→${writes.versions.to}, ${writes.consistent ? "consistent (one audit record per version, the block holds the last save)" : `INCONSISTENT: ${writes.problems.join("; ")}`}`);
    const importReport = IMPORT ? await importScenario(origin, prepared) : undefined;
    if (importReport) {
      console.log(`\n## /api/health while a ${importReport.megabytes.toFixed(1)} MB TBX import runs (answered ${importReport.importStatus} in ${importReport.importSeconds.toFixed(1)} s)\n\n${markdownTable([importReport.health])}\n`);
      console.log(`health p95 during the import: ${importReport.health.p95.toFixed(1)} ms (target < 100 ms)`);
    }
    mkdirSync(path.join(import.meta.dirname, "out"), { recursive: true });
    const file = path.join(import.meta.dirname, "out", `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, routes: load.rows, ratio, restart: restartReport, writes, import: importReport }, null, 2));
    console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
  } finally {
    if (server?.pid) {
      server.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 1500));
    }
    cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
