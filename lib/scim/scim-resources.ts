// Database rows as SCIM resources (RFC 7643): Users, and markets as Groups.
import type { Prisma } from "@/lib/generated/prisma/client";
import { SCIM_GROUP_SCHEMA, SCIM_LIST_SCHEMA, SCIM_USER_SCHEMA } from "./scim.schemas";

export const scimUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
  memberships: { select: { market: { select: { id: true, code: true } } } },
} satisfies Prisma.UserSelect;
export type ScimUserRow = Prisma.UserGetPayload<{ select: typeof scimUserSelect }>;

export const scimGroupSelect = {
  id: true,
  code: true,
  name: true,
  createdAt: true,
  updatedAt: true,
  memberships: { select: { user: { select: { id: true, email: true } } }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.MarketSelect;
export type ScimGroupRow = Prisma.MarketGetPayload<{ select: typeof scimGroupSelect }>;

/** `base`: the SCIM root URL, e.g. https://meridian.example/scim/v2 */
export function toScimUser(user: ScimUserRow, base: string) {
  return {
    schemas: [SCIM_USER_SCHEMA],
    id: user.id,
    userName: user.email,
    displayName: user.name,
    name: { formatted: user.name },
    emails: [{ value: user.email, type: "work", primary: true }],
    active: !user.disabledAt,
    roles: [{ value: user.role, primary: true }],
    groups: user.memberships.map((m) => ({ value: m.market.id, display: m.market.code, $ref: `${base}/Groups/${m.market.id}` })),
    meta: { resourceType: "User", created: user.createdAt.toISOString(), lastModified: user.updatedAt.toISOString(), location: `${base}/Users/${user.id}` },
  };
}

export function toScimGroup(market: ScimGroupRow, base: string) {
  return {
    schemas: [SCIM_GROUP_SCHEMA],
    id: market.id,
    displayName: market.code,
    members: market.memberships.map((m) => ({ value: m.user.id, display: m.user.email, $ref: `${base}/Users/${m.user.id}` })),
    meta: { resourceType: "Group", created: market.createdAt.toISOString(), lastModified: market.updatedAt.toISOString(), location: `${base}/Groups/${market.id}` },
  };
}

export function toListResponse<T>(resources: T[], totalResults: number, startIndex: number) {
  return { schemas: [SCIM_LIST_SCHEMA], totalResults, startIndex, itemsPerPage: resources.length, Resources: resources };
}
