// Sends one webhook request. The target is checked again here, after DNS resolution: every
// address the name resolves to must be public (lib/core/net/ip-address.ts), and the connection
// goes to the address that was checked (a pinned lookup), so a name that re-resolves to an
// internal address between check and connect (DNS rebinding) gains nothing. Redirects are not
// followed. WEBHOOK_ALLOW_PRIVATE=true skips the check for on-premises receivers.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { classifyHost, isPublicAddress } from "@/lib/core/net/ip-address";

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  response: string | null;
  error: string | null;
  durationMs: number;
}

const RESPONSE_LIMIT = 2000;
/** What the delivery log says about a refused target: no address, no port, nothing to scan with. */
export const TARGET_REFUSED = "Target address not allowed";

class TargetRefused extends Error {
  constructor() {
    super(TARGET_REFUSED);
  }
}

type Resolve = (hostname: string, options: { all: true; family?: number | "IPv4" | "IPv6" }, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * A lookup for http.request that resolves the name once and fails unless every address is
 * allowed (public); the socket then connects to the address that was checked.
 */
export function makeCheckedLookup(resolve: Resolve = dnsLookup as unknown as Resolve, isAllowed = isPublicAddress): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { all: true, ...(options.family ? { family: options.family } : {}) }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      if (addresses.length === 0 || !addresses.every((a) => isAllowed(a.address))) return callback(new TargetRefused(), "", 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

const publicOnlyLookup = makeCheckedLookup();

export async function sendWebhookRequest(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean; lookup?: LookupFunction },
): Promise<SendResult> {
  const started = performance.now();
  const done = (r: Omit<SendResult, "durationMs">): SendResult => ({ ...r, durationMs: Math.round(performance.now() - started) });
  const target = new URL(url);
  if (!options.allowPrivate && classifyHost(target.hostname) !== "public-ip" && classifyHost(target.hostname) !== "name") {
    return done({ ok: false, statusCode: null, response: null, error: TARGET_REFUSED });
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const { statusCode, text } = await new Promise<{ statusCode: number; text: string }>((resolve, reject) => {
      const request = (target.protocol === "https:" ? https : http).request(
        target,
        {
          method: "POST",
          headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
          signal,
          ...(options.allowPrivate ? {} : { lookup: options.lookup ?? publicOnlyLookup }),
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            if (text.length < RESPONSE_LIMIT) text += chunk;
          });
          res.on("end", () => resolve({ statusCode: res.statusCode ?? 0, text: text.slice(0, RESPONSE_LIMIT) }));
          res.on("error", reject);
          // A response cut off (time-out, reset) closes without "end"; after "end" this is a no-op.
          res.on("close", () => reject(new Error("The response was cut off")));
        },
      );
      request.on("error", reject);
      request.end(body);
    });
    const ok = statusCode >= 200 && statusCode < 300;
    return done({ ok, statusCode, response: text, error: ok ? null : `HTTP ${statusCode}` });
  } catch (error) {
    if (error instanceof TargetRefused || (error as { cause?: unknown }).cause instanceof TargetRefused) {
      return done({ ok: false, statusCode: null, response: null, error: TARGET_REFUSED });
    }
    const e = error as Error & { code?: string };
    const message = signal.aborted ? `Timed out after ${options.timeoutMs} ms` : `${e.message}${e.code ? ` (${e.code})` : ""}`;
    return done({ ok: false, statusCode: null, response: null, error: message.slice(0, 500) });
  }
}
