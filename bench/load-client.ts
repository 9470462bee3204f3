// The load side of bench/load.ts: closed-loop clients on keep-alive node:http connections (the
// least client CPU per request, see bench/http-load.ts), each sending its next request when the
// previous answer has been read, until the deadline. Every answer is kept with its route, status,
// latency and start time, so phases (before / during / after a database restart) can be told apart.
import http from "node:http";

export interface Call {
  route: string;
  method: "GET" | "PUT" | "POST";
  path: string;
  token?: string;
  body?: string;
  contentType?: string;
}

export interface Sample {
  route: string;
  status: number;
  ms: number;
  /** ms since the run began. */
  at: number;
}

export function send(agent: http.Agent, origin: string, call: Call): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) {
      headers["content-type"] = call.contentType ?? "application/json";
      headers["content-length"] = String(Buffer.byteLength(call.body));
    }
    const req = http.request(`${origin}${call.path}`, { method: call.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on("error", () => resolve({ status: 0, body: "" }));
    });
    // A refused or reset connection is a failed request (status 0), not a crash of the bench.
    req.on("error", () => resolve({ status: 0, body: "" }));
    if (call.body !== undefined) req.write(call.body);
    req.end();
  });
}

export async function runClients(options: {
  origin: string;
  clients: number;
  seconds: number;
  /** The i-th call a client makes (a weighted rotation of the routes). */
  next: (client: number, i: number) => Call;
}): Promise<Sample[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const begin = performance.now();
  const deadline = begin + options.seconds * 1000;
  const samples: Sample[] = [];
  const client = async (n: number) => {
    for (let i = 0; performance.now() < deadline; i++) {
      const call = options.next(n, i);
      const start = performance.now();
      const { status } = await send(agent, options.origin, call);
      samples.push({ route: call.route, status, ms: performance.now() - start, at: start - begin });
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, n) => client(n)));
  agent.destroy();
  return samples;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface RouteStats {
  route: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  failed: number;
}

const OK = new Set([200, 201, 409, 412]);

export function summarize(route: string, samples: Sample[], seconds: number): RouteStats {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  return {
    route,
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    statuses,
    failed: samples.filter((s) => !OK.has(s.status)).length,
  };
}

export function markdownTable(rows: RouteStats[]): string {
  const ms = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(1));
  const lines = ["| route | requests | req/s | p50 ms | p95 ms | p99 ms | statuses | failed |", "|---|---:|---:|---:|---:|---:|---|---:|"];
  for (const r of rows) {
    const statuses = Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(" ");
    lines.push(`| ${r.route} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${statuses} | ${r.failed} |`);
  }
  return lines.join("\n");
}
