// Maps an identity provider's group claim to a Meridian role and markets (OIDC_ROLE_MAP).
// The map is a comma-separated list of `group=role` or `group=role:MARKET[+MARKET…]` entries,
// e.g. "meridian-admins=admin,meridian-de=regional_marketer:DE,meridian-dach=regional_approver:DE+AT".
// A person in several mapped groups gets the most powerful role among them (the order of
// ROLE_RANK) and the markets of every entry that names that role; a person in no mapped group
// gets `unmapped` (null: refused). Pure: no imports from the project.

export const SSO_ROLES = ["admin", "hq_brand", "hq_campaign", "regional_marketer", "regional_approver", "translator", "viewer"] as const;
export type SsoRole = (typeof SSO_ROLES)[number];

// Most powerful first: the first match in this order wins when groups disagree.
const ROLE_RANK: readonly SsoRole[] = ["admin", "hq_brand", "hq_campaign", "regional_approver", "regional_marketer", "translator", "viewer"];

export interface RoleMapEntry {
  group: string;
  role: SsoRole;
  marketCodes: string[];
}

export interface MappedAccess {
  role: SsoRole;
  marketCodes: string[];
}

function isRole(value: string): value is SsoRole {
  return (SSO_ROLES as readonly string[]).includes(value);
}

/** Parses OIDC_ROLE_MAP; throws with the offending entry so a typo fails at start, not at sign-in. */
export function parseRoleMap(text: string): RoleMapEntry[] {
  const entries: RoleMapEntry[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim();
    if (!item) continue;
    const eq = item.lastIndexOf("=");
    const group = item.slice(0, eq).trim();
    const [role = "", markets = ""] = item.slice(eq + 1).split(":");
    if (eq <= 0 || !group || !isRole(role.trim())) throw new Error(`OIDC_ROLE_MAP entry "${item}" is not group=role[:MARKET+MARKET]`);
    const marketCodes = markets.split("+").map((code) => code.trim().toUpperCase()).filter(Boolean);
    entries.push({ group, role: role.trim() as SsoRole, marketCodes });
  }
  return entries;
}

/** The groups named by a claim value: an array of strings, or one string (some providers). */
export function claimGroups(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

export function mapClaimsToAccess(groups: readonly string[], entries: readonly RoleMapEntry[], unmapped: SsoRole | null): MappedAccess | null {
  const matched = entries.filter((entry) => groups.includes(entry.group));
  if (matched.length === 0) return unmapped ? { role: unmapped, marketCodes: [] } : null;
  const role = ROLE_RANK.find((r) => matched.some((entry) => entry.role === r))!;
  const marketCodes = [...new Set(matched.filter((entry) => entry.role === role).flatMap((entry) => entry.marketCodes))].sort();
  return { role, marketCodes };
}
