// SCIM Users (RFC 7644 §3.3, §3.4.2): list with `userName eq "…"`, and create.
import type { z } from "zod";
import { scimJson, scimRoute, readScimBody } from "@/lib/http/scim-route";
import { createScimUser } from "@/lib/scim/create-scim-user";
import { findScimUsers } from "@/lib/scim/find-scim-users";
import { toListResponse, toScimUser } from "@/lib/scim/scim-resources";

export const GET = scimRoute(async ({ req, actor, base }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const { rows, total, startIndex } = await findScimUsers(actor, { filter: query.filter, startIndex: query.startIndex, count: query.count });
  return scimJson(toListResponse(rows.map((row) => toScimUser(row, base)), total, startIndex));
});

export const POST = scimRoute(async ({ req, actor, base }) => {
  createScimUser.authorize(actor);
  const user = await createScimUser(actor, (await readScimBody(req)) as z.input<typeof createScimUser.input>);
  const resource = toScimUser(user, base);
  return scimJson(resource, 201, { Location: resource.meta.location });
});
