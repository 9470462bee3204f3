// POST /scim/v2/Users: the identity provider provisions someone. The account has no password
// (a SCIM `password` is ignored): its owner signs in through SSO. Markets come through Groups.
import { recordAudit } from "@/lib/audit/record-audit";
import { NO_PASSWORD } from "@/lib/auth/sso-sign-in";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageUsers } from "@/lib/permissions/workspace";
import { scimUserSelect } from "./scim-resources";
import { scimDisplayName, scimRole, scimUserSchema } from "./scim.schemas";

export const createScimUser = defineOperation({
  name: "scim.user.create",
  input: scimUserSchema,
  authorize: canManageUsers,
  run: async ({ actor, input, tx }) => {
    // Checked first: a failed INSERT would abort the surrounding PostgreSQL transaction.
    if (await tx.user.findUnique({ where: { email: input.userName }, select: { id: true } })) {
      throw new AppError("USER_EMAIL_TAKEN", { status: 409, details: { scimType: "uniqueness" } });
    }
    try {
      const user = await tx.user.create({
        data: {
          email: input.userName,
          name: scimDisplayName(input),
          role: scimRole(input.roles),
          passwordHash: NO_PASSWORD,
          disabledAt: input.active === false ? new Date() : null,
        },
        select: scimUserSelect,
      });
      await recordAudit(
        { actor, action: "user.create", entityType: "user", entityId: user.id, after: { email: user.email, role: user.role, active: !user.disabledAt }, meta: { source: "scim" } },
        tx,
      );
      return user;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("USER_EMAIL_TAKEN", { status: 409, details: { scimType: "uniqueness" } });
      throw error;
    }
  },
});
