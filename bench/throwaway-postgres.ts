// A throwaway PostgreSQL cluster for the HTTP benchmarks, started as .ci/run does: the machine's
// PostgreSQL 15 binaries, trust auth on a loopback port, as the postgres user when run as root.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PGBIN = process.env.PGBIN ?? "/usr/lib/postgresql/15/bin";

export interface ThrowawayPostgres {
  url: string;
  /** `pg_ctl restart -m fast`: every connection is terminated (57P01), then the server is back. */
  restart(): Promise<void>;
  stop(): void;
}

const asRoot = process.getuid?.() === 0;
const command = (args: string[]): [string, string[]] => (asRoot ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0]!, args.slice(1)]);

function asPostgres(args: string[]): void {
  const run = spawnSync(...command(args), { stdio: "pipe" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr?.toString()}`);
}

/** Not spawnSync: the load clients in this process keep running while the server restarts. */
function asPostgresAsync(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(...command(args), { stdio: "ignore" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

export function startThrowawayPostgres(port = Number(process.env.BENCH_PG_PORT ?? 54361)): ThrowawayPostgres {
  const root = mkdtempSync(path.join(tmpdir(), "meridian-bench-pg-"));
  const data = path.join(root, "data");
  mkdirSync(data);
  mkdirSync(path.join(root, "sock"));
  if (asRoot) {
    const ids = spawnSync("id", ["-u", "postgres"]).stdout.toString().trim();
    const gid = spawnSync("id", ["-g", "postgres"]).stdout.toString().trim();
    for (const dir of [root, data, path.join(root, "sock")]) chownSync(dir, Number(ids), Number(gid));
  }
  asPostgres([`${PGBIN}/initdb`, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const options = `-p ${port} -k ${path.join(root, "sock")} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off`;
  const ctlArgs = (...args: string[]) => [`${PGBIN}/pg_ctl`, "-D", data, "-l", path.join(root, "log"), "-o", options, "-w", ...args];
  const ctl = (...args: string[]) => asPostgres(ctlArgs(...args));
  ctl("start");
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    restart: () => asPostgresAsync(ctlArgs("-m", "fast", "restart")),
    stop: () => {
      try {
        ctl("-m", "fast", "stop");
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
