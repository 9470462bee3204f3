// Load generator for the API benchmarks, run as a child process (`fork`) so that generating the
// load does not take CPU from the benchmark's own process or time from its event loop: with the
// clients inside the benchmark process (fetch, beside Prisma), a route that does nothing measured
// ~50 / 110 ms p50 / p95 on the 2-core machine. Closed loop: `clients` callers, each on its own
// keep-alive connection, send their next request when the previous answer has been read.
// Plain node:http (no fetch, no web streams): the least client CPU per request in Node.
import http from "node:http";
import { fileURLToPath } from "node:url";

export interface LoadRequest {
  origin: string;
  paths: string[];
  headers: Record<string, string>;
  clients: number;
  /** Requests per client before measuring (JIT, connections, caches), then measured ones. */
  warmupPerClient: number;
  requestsPerClient: number;
}

export interface LoadResult {
  /** Per-request latency in ms (request written → last body byte read), unsorted. */
  times: number[];
  /** Answers other than 2xx. */
  failures: number;
}

function get(agent: http.Agent, origin: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${origin}${path}`, { agent, headers }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

export async function runLoad(load: LoadRequest): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: load.clients });
  const times: number[] = [];
  let failures = 0;
  const run = async (client: number, count: number, measured: boolean) => {
    for (let i = 0; i < count; i++) {
      const path = load.paths[(client * count + i) % load.paths.length]!;
      const start = performance.now();
      const status = await get(agent, load.origin, path, load.headers);
      if (!measured) continue;
      times.push(performance.now() - start);
      if (status < 200 || status > 299) failures++;
    }
  };
  const all = (count: number, measured: boolean) =>
    Promise.all(Array.from({ length: load.clients }, (_, client) => run(client, count, measured)));
  await all(load.warmupPerClient, false);
  await all(load.requestsPerClient, true);
  agent.destroy();
  return { times, failures };
}

// As a forked child: one LoadRequest in, one LoadResult out.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once("message", (load: LoadRequest) => {
    runLoad(load).then(
      (result) => process.send!(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
