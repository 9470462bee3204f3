// Termbase benchmark: lookup latency with 100,000 terms in 6 locales, and TBX import of 10,000
// concepts. Run: npx tsx bench/termbase-lookup.ts  (temporary PGlite, or the
// PostgreSQL database in DATABASE_URL — it writes to it, use a scratch database).
import { openBenchDatabase } from "./open-bench-database";
import { newId } from "@/lib/database/new-id";
import type { Actor } from "@/lib/permissions/actor";
import { importTermbase } from "@/lib/termbase/import-termbase";
import { loadTermIndex } from "@/lib/termbase/load-term-index";
import { lookupTerms } from "@/lib/termbase/lookup-terms";
import { toSearchText } from "@/lib/termbase/search-text";
import type { ConceptInput } from "@/lib/termbase/tbx/termbase-exchange.types";
import { writeTbx } from "@/lib/termbase/tbx/write-tbx";
import type { LoadRequest, LoadResult } from "./http-load";

const TERMS = 100_000;
const LOCALES = ["en-US", "de-DE", "fr-FR", "ja-JP", "pt-BR", "ar-SA"];
const QUERIES = 200;
const IMPORT_CONCEPTS = 10_000;

const SYLLABLES: Record<string, string[]> = {
  "en-US": ["run", "pay", "card", "fast", "smart", "blue", "trail", "zone", "max", "flex", "cash", "back"],
  "de-DE": ["lauf", "schuh", "konto", "über", "weisung", "kar", "te", "geld", "zurück", "frei", "stoff", "spiel"],
  "fr-FR": ["cou", "rir", "car", "te", "vire", "ment", "pré", "sumer", "été", "bas", "ket", "ré"],
  "ja-JP": ["ラン", "ニング", "カード", "口座", "送金", "即時", "会員", "素材", "機能", "キャッシュ", "バック", "購入"],
  "pt-BR": ["cor", "rida", "tê", "nis", "con", "ta", "ção", "pa", "ga", "men", "to", "são"],
  "ar-SA": ["حس", "اب", "تح", "ويل", "فو", "ري", "عض", "و", "حذ", "اء", "جر", "ي"],
};

let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function word(locale: string): string {
  const s = SYLLABLES[locale]!;
  const n = 2 + rand(3);
  let w = "";
  for (let i = 0; i < n; i++) w += s[rand(s.length)];
  return w;
}
function phrase(locale: string): string {
  const words = 1 + rand(3);
  const sep = locale === "ja-JP" ? "" : " ";
  return Array.from({ length: words }, () => word(locale)).join(sep);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * With BENCH_API=1 and DATABASE_URL: the same lookups through the HTTP API of a real
 * `next start` (needs a build) on this database, from 10 concurrent clients on keep-alive
 * connections (port BENCH_API_PORT, default 3398). The clients run in a child process
 * (bench/http-load.ts), not in this one, which holds Prisma and the data.
 */
async function measureApi(url: string, actor: Actor, queries: string[]) {
  const { fork, spawn } = await import("node:child_process");
  const { createApiToken } = await import("@/lib/tokens/create-api-token");
  const { token } = await createApiToken(actor, { name: "bench" });
  const port = Number(process.env.BENCH_API_PORT ?? 3398);
  const { SERVER_NODE_FLAGS } = await import("@/lib/server-node-flags");
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench", MERIDIAN_WORKERS: "off" },
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const load: LoadRequest = {
      origin: `http://127.0.0.1:${port}`,
      paths: queries.map((q) => `/api/v1/terms?q=${encodeURIComponent(q)}&limit=20`),
      headers: { authorization: `Bearer ${token}` },
      clients: 10,
      // The figure is meant for a running server. A fresh `next start` keeps getting faster
      // over its first ~4,000 requests (JIT tiers, lazily loaded route code): on the 2-core
      // machine, successive batches of 1,000 gave p95 66, 52, 49, 42, 42, 34 ms, then held.
      // So 4,000 warm-up requests, then 2,000 measured.
      warmupPerClient: 400,
      requestsPerClient: 200,
    };
    // The generator inherits this process's Node options (the tsx loader).
    const generator = fork(new URL("./http-load.ts", import.meta.url), { stdio: "inherit" });
    const result = await new Promise<LoadResult>((resolve, reject) => {
      generator.once("message", (m) => resolve(m as LoadResult));
      generator.once("exit", (code) => reject(new Error(`load generator exited with ${code}`)));
      generator.send(load);
    });
    if (result.failures > 0) throw new Error(`${result.failures} API requests failed`);
    const times = result.times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), count: times.length };
  } finally {
    server.kill("SIGTERM");
  }
}

async function main() {
  const db = await openBenchDatabase();
  const url = db.url;
  const prisma = db.prisma;
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@meridian.test`, name: "Bench", role: "hq_brand", passwordHash: "x" } });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "hq_brand", marketIds: [], uiLocale: "en" };

  let t0 = performance.now();
  const perConcept = LOCALES.length;
  const conceptCount = Math.ceil(TERMS / perConcept);
  const concepts = Array.from({ length: conceptCount }, () => ({ id: newId() }));
  await prisma.$executeRaw`INSERT INTO "Concept" ("id", "subject", "updatedAt") SELECT x, 'Bench', now() FROM unnest(${concepts.map((c) => c.id)}::text[]) AS x`;
  const terms = [];
  const samples: string[] = [];
  for (let i = 0; i < TERMS; i++) {
    const locale = LOCALES[i % perConcept]!;
    const text = phrase(locale);
    if (i % 500 === 0) samples.push(text);
    terms.push({ id: newId(), conceptId: concepts[Math.floor(i / perConcept)]!.id, locale, text, searchText: toSearchText(text), });
  }
  // Setup only (not measured): one JSON parameter per chunk is much faster than createMany here.
  for (let i = 0; i < terms.length; i += 5000) {
    const json = JSON.stringify(terms.slice(i, i + 5000));
    await prisma.$executeRaw`INSERT INTO "Term" ("id", "conceptId", "locale", "text", "searchText", "updatedAt")
      SELECT r."id", r."conceptId", r."locale", r."text", r."searchText", now()
      FROM json_to_recordset(${json}::json) AS r("id" text, "conceptId" text, "locale" text, "text" text, "searchText" text)`;
  }
  await prisma.$executeRawUnsafe(`ANALYZE "Term"`);
  console.error(`inserted in ${(performance.now() - t0).toFixed(0)} ms`);
  const insertMs = performance.now() - t0;

  // Queries: prefixes of 1–6 characters, whole terms, words inside multi-word terms, no-hit queries.
  const queries: string[] = [];
  for (let i = 0; queries.length < QUERIES; i++) {
    const s = samples[i % samples.length]!;
    const kind = i % 5;
    if (kind === 0) queries.push(s.slice(0, 1 + (i % 3)));
    else if (kind === 1) queries.push(s.slice(0, 4 + (i % 3)));
    else if (kind === 2) queries.push(s);
    else if (kind === 3) queries.push(s.split(" ").at(-1)!.slice(0, 4));
    else queries.push(`zzq${i}`);
  }
  for (const q of queries.slice(0, 20)) await lookupTerms(actor, { q, limit: 20 }); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await lookupTerms(actor, { q, limit: 20 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const localeTimes: number[] = [];
  for (const q of queries.slice(0, 100)) {
    const start = performance.now();
    await lookupTerms(actor, { q, locale: "de-DE", limit: 20 });
    localeTimes.push(performance.now() - start);
  }
  localeTimes.sort((a, b) => a - b);

  const api = url && process.env.BENCH_API === "1" ? await measureApi(url, actor, queries) : null;

  t0 = performance.now();
  await loadTermIndex();
  const indexMs = performance.now() - t0;
  t0 = performance.now();
  await loadTermIndex();
  const indexFreshMs = performance.now() - t0;

  // BENCH_SKIP_IMPORT=1 measures the lookups only (the import takes 5–12 s and is measured apart).
  const skipImport = process.env.BENCH_SKIP_IMPORT === "1";
  const importConcepts: ConceptInput[] = skipImport ? [] : Array.from({ length: IMPORT_CONCEPTS }, (_, i) => ({
    externalId: `imp-${i}`,
    subject: "Import",
    terms: LOCALES.map((locale) => ({ locale, text: `${phrase(locale)} ${i}`, status: "preferred" as const, doNotTranslate: i % 10 === 0, caseSensitive: false })),
  }));
  const tbx = skipImport ? "" : writeTbx(importConcepts);
  t0 = performance.now();
  const report = skipImport ? null : await importTermbase(actor, { format: "tbx", content: tbx });
  const importMs = performance.now() - t0;

  const rows = [
    ["database", db.label],
    ["terms inserted", `${TERMS} in ${LOCALES.length} locales (${insertMs.toFixed(0)} ms)`],
    [`lookup p50 (${times.length} queries, all locales)`, `${percentile(times, 50).toFixed(2)} ms`],
    ["lookup p95 (all locales)", `${percentile(times, 95).toFixed(2)} ms`],
    ["lookup max (all locales)", `${times.at(-1)!.toFixed(2)} ms`],
    ["lookup p95 (locale=de-DE)", `${percentile(localeTimes, 95).toFixed(2)} ms`],
    ...(api ? [["GET /api/v1/terms, 10 concurrent clients: p50 / p95", `${api.p50.toFixed(1)} ms / ${api.p95.toFixed(1)} ms (${api.count} requests)`]] : []),
    ["loadTermIndex build / fresh check", `${indexMs.toFixed(0)} ms / ${indexFreshMs.toFixed(1)} ms`],
    ...(report
      ? [[`TBX import (${IMPORT_CONCEPTS} concepts, ${IMPORT_CONCEPTS * LOCALES.length} terms, ${(tbx.length / 1e6).toFixed(1)} MB)`, `${importMs.toFixed(0)} ms (created ${report.created})`]]
      : []),
  ];
  const width = Math.max(...rows.map((r) => r[0]!.length));
  console.log(`\nTermbase benchmark\n${"-".repeat(width + 30)}`);
  for (const [k, v] of rows) console.log(`${k!.padEnd(width)}  ${v}`);
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
