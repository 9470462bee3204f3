// A member's own interface language and theme.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditOwnProfile } from "@/lib/permissions/workspace";
import { preferencesSchema } from "./user.schemas";

export const setPreferences = defineOperation({
  name: "user.preferences",
  input: preferencesSchema,
  authorize: canEditOwnProfile,
  run: async ({ actor, input: data, tx }) => {
    await tx.user.update({ where: { id: actor.id }, data });
    await recordAudit({ actor, action: "user.preferences", entityType: "user", entityId: actor.id, after: data }, tx);
    return data;
  },
});
