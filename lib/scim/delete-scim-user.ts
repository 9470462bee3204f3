// DELETE /scim/v2/Users/{id}: deactivates instead of deleting. The user's campaigns, comments and
// audit trail name them, so the row stays; sessions and tokens end at once as with active=false.
// A later GET still finds the (inactive) user where RFC 7644 §3.6 asks for 404: a deliberate
// deviation, documented in README (identity providers deactivate with PATCH active=false anyway).
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageUsers } from "@/lib/permissions/workspace";
import { applyScimUserChanges, loadScimUser } from "./apply-scim-user-changes";
import { scimIdSchema } from "./scim.schemas";

export const deleteScimUser = defineOperation({
  name: "scim.user.delete",
  input: scimIdSchema,
  authorize: canManageUsers,
  run: async ({ actor, input, tx }) => {
    await applyScimUserChanges(actor, await loadScimUser(tx, input.id), { active: false }, tx);
  },
});
