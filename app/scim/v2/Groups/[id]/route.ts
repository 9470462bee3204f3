// One SCIM Group (a market): read, and its members through PATCH (add/remove) or PUT (replace).
import type { z } from "zod";
import { readScimBody, scimJson, scimRoute } from "@/lib/http/scim-route";
import { getScimGroup } from "@/lib/scim/get-scim-group";
import { patchScimGroup } from "@/lib/scim/patch-scim-group";
import { replaceScimGroup } from "@/lib/scim/replace-scim-group";
import { toScimGroup } from "@/lib/scim/scim-resources";

type Params = { id: string };

export const GET = scimRoute<Params>(async ({ actor, params, base }) => scimJson(toScimGroup(await getScimGroup(actor, params), base)));

export const PATCH = scimRoute<Params>(async ({ req, actor, params, base }) => {
  patchScimGroup.authorize(actor);
  const patch = (await readScimBody(req)) as z.input<typeof patchScimGroup.input>["patch"];
  return scimJson(toScimGroup(await patchScimGroup(actor, { id: params.id, patch }), base));
});

export const PUT = scimRoute<Params>(async ({ req, actor, params, base }) => {
  replaceScimGroup.authorize(actor);
  const group = (await readScimBody(req)) as z.input<typeof replaceScimGroup.input>["group"];
  return scimJson(toScimGroup(await replaceScimGroup(actor, { id: params.id, group }), base));
});
