// One SCIM User (RFC 7644 §3.4.1, §3.5, §3.6): read, replace, patch (e.g. active=false), delete (deactivates).
import type { z } from "zod";
import { readScimBody, scimJson, scimRoute } from "@/lib/http/scim-route";
import { deleteScimUser } from "@/lib/scim/delete-scim-user";
import { getScimUser } from "@/lib/scim/get-scim-user";
import { patchScimUser } from "@/lib/scim/patch-scim-user";
import { replaceScimUser } from "@/lib/scim/replace-scim-user";
import { toScimUser } from "@/lib/scim/scim-resources";

type Params = { id: string };

export const GET = scimRoute<Params>(async ({ actor, params, base }) => scimJson(toScimUser(await getScimUser(actor, params), base)));

export const PUT = scimRoute<Params>(async ({ req, actor, params, base }) => {
  replaceScimUser.authorize(actor);
  const user = (await readScimBody(req)) as z.input<typeof replaceScimUser.input>["user"];
  return scimJson(toScimUser(await replaceScimUser(actor, { id: params.id, user }), base));
});

export const PATCH = scimRoute<Params>(async ({ req, actor, params, base }) => {
  patchScimUser.authorize(actor);
  const patch = (await readScimBody(req)) as z.input<typeof patchScimUser.input>["patch"];
  return scimJson(toScimUser(await patchScimUser(actor, { id: params.id, patch }), base));
});

export const DELETE = scimRoute<Params>(async ({ actor, params }) => {
  await deleteScimUser(actor, params);
  return new Response(null, { status: 204 });
});
