// GET /scim/v2/Users/{id}.
import { defineOperation } from "@/lib/operations/define-operation";
import { canViewUsers } from "@/lib/permissions/workspace";
import { loadScimUser } from "./apply-scim-user-changes";
import { scimIdSchema } from "./scim.schemas";

export const getScimUser = defineOperation({
  name: "scim.user.get",
  input: scimIdSchema,
  authorize: canViewUsers,
  run: ({ input, tx }) => loadScimUser(tx, input.id),
});
