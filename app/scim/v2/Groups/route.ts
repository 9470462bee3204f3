// SCIM Groups (RFC 7644 §3.4.2): the markets, optionally `displayName eq "DE"`. Markets are created
// in Meridian (they carry locales, currency and time zone), so POST is not offered.
import { scimError, scimJson, scimRoute } from "@/lib/http/scim-route";
import { AppError } from "@/lib/errors";
import { findScimGroups } from "@/lib/scim/find-scim-groups";
import { toListResponse, toScimGroup } from "@/lib/scim/scim-resources";

export const GET = scimRoute(async ({ req, actor, base }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const { rows, total, startIndex } = await findScimGroups(actor, { filter: query.filter, startIndex: query.startIndex, count: query.count });
  return scimJson(toListResponse(rows.map((row) => toScimGroup(row, base)), total, startIndex));
});

export const POST = scimRoute(async () =>
  scimError(new AppError("SCIM_GROUPS_ARE_MARKETS", { status: 501, message: "Groups are Meridian markets; create markets in Meridian" })),
);
