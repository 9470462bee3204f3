// The real Apertium service for integration tests: APERTIUM_URL when set (.ci/run starts one),
// else an apertium-apy this file starts on a free port when the package is installed, else null
// and the caller skips with a message saying how to install it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

const APY = "/usr/bin/apertium-apy";
const MODES = "/usr/share/apertium/modes";
export const APERTIUM_MISSING =
  "Apertium is not available: set APERTIUM_URL or install it (apt-get install -y apertium-apy apertium-eng-spa); the integration tests with the real service are skipped";

export interface ApertiumService {
  url: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPairs(url: string, child: ChildProcess | null, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) return false;
    try {
      const response = await fetch(`${url}/listPairs`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export async function startApertiumForTests(): Promise<ApertiumService | null> {
  const configured = process.env.APERTIUM_URL;
  if (configured) return (await waitForPairs(configured, null, 5000)) ? { url: configured, stop: () => {} } : null;
  if (!existsSync(APY) || !existsSync(MODES)) return null;
  const port = await freePort();
  const child = spawn(APY, ["-p", String(port), MODES], { stdio: "ignore" });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  process.once("exit", stop);
  const url = `http://127.0.0.1:${port}`;
  if (await waitForPairs(url, child, 20_000)) return { url, stop };
  stop();
  return null;
}
