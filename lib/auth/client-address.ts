// The client address that sign-in limits are keyed by. Forwarding headers are whatever the
// client wrote unless the request came from a proxy the operator named in TRUSTED_PROXIES, so
// they are believed only then; otherwise the socket's address counts (stamped by
// scripts/peer-address.cjs, which `npm start` loads).
import { BlockList, isIP } from "node:net";

export const PEER_HEADER = "x-meridian-peer";

type HeaderGetter = (name: string) => string | null | undefined;

function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/** Parses TRUSTED_PROXIES: a comma list of addresses and CIDR ranges (IPv4 or IPv6). */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, bits] = raw.split("/");
    const ip = normalise(address!);
    const family = isIP(ip) === 6 ? "ipv6" : isIP(ip) === 4 ? "ipv4" : null;
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(bits), family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const ip = normalise(address);
  const family = isIP(ip);
  return family !== 0 && list.check(ip, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The address of the client: the socket peer, or, when the peer is a trusted proxy, the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy (entries to its left were
 * written by the client and prove nothing), then X-Real-IP. Undefined when the socket address is
 * unknown (a server started without scripts/peer-address.cjs, e.g. `next dev`).
 */
export function clientAddress(header: HeaderGetter, trusted: BlockList, peerStamped = process.env.MERIDIAN_PEER_STAMPED === "1"): string | undefined {
  const peer = peerStamped ? header(PEER_HEADER) : undefined;
  if (!peer) return undefined;
  if (!isTrusted(trusted, peer)) return normalise(peer);
  const forwarded = (header("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!isTrusted(trusted, forwarded[i]!)) return forwarded[i];
  }
  const real = header("x-real-ip");
  if (real && !isTrusted(trusted, real)) return normalise(real);
  return forwarded[0] ?? normalise(peer);
}

let trustedCache: BlockList | undefined;

/** The client address of a request, with TRUSTED_PROXIES from the environment. */
export function requestClientAddress(header: HeaderGetter): string | undefined {
  trustedCache ??= parseTrustedProxies(process.env.TRUSTED_PROXIES); // validated by lib/env.ts at start
  return clientAddress(header, trustedCache);
}
