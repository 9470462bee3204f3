// PUT /scim/v2/Groups/{id}: the market's members become exactly the listed users.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageUsers } from "@/lib/permissions/workspace";
import { loadScimGroup } from "./get-scim-group";
import { membersSchema, setMarketMembers } from "./patch-scim-group";
import { SCIM_GROUP_SCHEMA } from "./scim.schemas";

export const replaceScimGroup = defineOperation({
  name: "scim.group.replace",
  input: z.object({
    id: z.string().min(1).max(100),
    group: z.object({ schemas: z.array(z.string()).refine((s) => s.includes(SCIM_GROUP_SCHEMA)), displayName: z.string().optional(), members: membersSchema.default([]) }).passthrough(),
  }),
  authorize: canManageUsers,
  run: async ({ actor, input, tx }) => {
    const market = await loadScimGroup(tx, input.id);
    if (input.group.displayName !== undefined && input.group.displayName.toUpperCase() !== market.code) {
      throw new AppError("SCIM_MUTABILITY", { status: 400, message: "A group's displayName is its market code", details: { scimType: "mutability" } });
    }
    const before = market.memberships.map((m) => m.user.id);
    await setMarketMembers(actor, market.id, before, [...new Set(input.group.members.map((m) => m.value))], tx);
    return loadScimGroup(tx, market.id);
  },
});
