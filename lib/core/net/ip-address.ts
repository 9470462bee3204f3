// Which network addresses an outgoing request (a webhook) may reach. Pure: parses IP literals the
// way URL parsers and resolvers do (decimal "2130706433", octal "0177.0.0.1", hex "0x7f.1",
// shortened "127.1", IPv6 with "::" and embedded IPv4) and classifies them, so "internal" is
// recognised in every spelling. Anything not public — loopback, private, link-local (cloud
// metadata at 169.254.169.254), carrier-grade NAT, "this network" (0.0.0.0), multicast,
// reserved, documentation ranges, unique-local IPv6, IPv4-mapped/compatible/NAT64 forms of the
// same — is refused.

/** An IPv4 address as a 32-bit number, or null when `text` is not an IPv4 literal. */
export function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = parseInt(part.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) value = Number(part);
    else return null;
    if (!Number.isFinite(value)) return null;
    numbers.push(value);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return null;
  return numbers.reduce((acc, n, i) => acc + n * 256 ** (3 - i), 0) + last;
}

/** An IPv6 address as eight 16-bit groups, or null when `text` is not an IPv6 literal. */
export function parseIPv6(text: string): number[] | null {
  let s = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  s = s.replace(/%.*$/, ""); // zone index (fe80::1%eth0)
  if (!s.includes(":")) return null;
  let tail: number[] = [];
  const dotted = s.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = parseIPv4(dotted[2]!);
    if (v4 === null || !/^\d+\.\d+\.\d+\.\d+$/.test(dotted[2]!)) return null;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    s = dotted[1]!.endsWith("::") ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const group = (g: string) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? parseInt(g, 16) : NaN);
  const head = halves[0] ? halves[0].split(":").map(group) : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":").map(group) : [];
  if ([...head, ...rest].some(Number.isNaN)) return null;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  return [...head, ...Array<number>(8 - known).fill(0), ...rest, ...tail];
}

const V4_BLOCKED: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT (also Alibaba's metadata address)
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local: cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
];

function inV4Block(ip: number, base: string, bits: number): boolean {
  const size = 2 ** (32 - bits);
  const start = parseIPv4(base)!;
  return ip >= start && ip < start + size;
}

export function isPublicIPv4(ip: number): boolean {
  return !V4_BLOCKED.some(([base, bits]) => inV4Block(ip, base, bits));
}

export function isPublicIPv6(groups: readonly number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const embeddedV4 = g6 * 65536 + g7;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    // ::, ::1, IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d): judge the IPv4 inside.
    if (g5 === 0xffff || (g5 === 0 && embeddedV4 > 1)) return isPublicIPv4(embeddedV4);
    return false;
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isPublicIPv4(embeddedV4); // NAT64
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return false; // link-local, site-local
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  if (g0 === 0x2002) return isPublicIPv4(g1 * 65536 + g2); // 6to4 carries an IPv4 address
  return true;
}

export type HostClass = "public-ip" | "private-ip" | "name" | "local-name";

/**
 * Classifies a URL host (as in `new URL(u).hostname`, brackets allowed): an IP literal in any
 * spelling is public or private; "localhost" and its subdomains are local names; other names
 * need resolving (and each resolved address classified with classifyAddress).
 */
export function classifyHost(host: string): HostClass {
  const h = host.toLowerCase().replace(/\.$/, "");
  const v6 = parseIPv6(h);
  if (v6) return isPublicIPv6(v6) ? "public-ip" : "private-ip";
  const v4 = parseIPv4(h);
  if (v4 !== null) return isPublicIPv4(v4) ? "public-ip" : "private-ip";
  if (h === "localhost" || h.endsWith(".localhost") || h === "") return "local-name";
  return "name";
}

/** True when a resolved address (as dns.lookup returns it) is public. */
export function isPublicAddress(address: string): boolean {
  return classifyHost(address) === "public-ip";
}
