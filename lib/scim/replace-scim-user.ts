// PUT /scim/v2/Users/{id}: the whole user as the identity provider sees it. Attributes left out
// keep their value except `roles` (absent → viewer, as on create); markets stay with Groups.
import { z } from "zod";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageUsers } from "@/lib/permissions/workspace";
import { applyScimUserChanges, loadScimUser } from "./apply-scim-user-changes";
import { scimDisplayName, scimRole, scimUserSchema } from "./scim.schemas";

export const replaceScimUser = defineOperation({
  name: "scim.user.replace",
  input: z.object({ id: z.string().min(1).max(100), user: scimUserSchema }),
  authorize: canManageUsers,
  run: async ({ actor, input: { id, user }, tx }) => {
    const before = await loadScimUser(tx, id);
    return applyScimUserChanges(actor, before, { email: user.userName, name: scimDisplayName(user), role: scimRole(user.roles), active: user.active }, tx);
  },
});
