// Next.js itself answers a server action from a foreign origin, or one over its body limit, with
// a 500 (and an error in the log). proxy.ts refuses both first with a 4xx: same rule as Next
// (the Origin's host must be the x-forwarded-host, else the Host), same limit as next.config.ts.

/** Keep equal to experimental.serverActions.bodySizeLimit in next.config.ts. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 40 * 1024 * 1024;

export interface Refusal {
  status: 403 | 413;
  code: "FOREIGN_ORIGIN" | "PAYLOAD_TOO_LARGE";
}

export function serverActionRefusal(req: { method: string; headers: Headers }): Refusal | null {
  if (req.method !== "POST" || !req.headers.has("next-action")) return null;
  const origin = req.headers.get("origin");
  if (origin && origin !== "null") {
    let originHost: string | null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    const host = (req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? "").split(",")[0]!.trim();
    if (!originHost || originHost !== host) return { status: 403, code: "FOREIGN_ORIGIN" };
  }
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > SERVER_ACTION_BODY_LIMIT_BYTES) return { status: 413, code: "PAYLOAD_TOO_LARGE" };
  return null;
}
