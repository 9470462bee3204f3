import { recordAudit } from "@/lib/audit/record-audit";
import { hashNewPassword } from "@/lib/auth/password";
import type { z } from "zod";
import { withTransaction, type Db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageUsers } from "@/lib/permissions/workspace";
import { createUserSchema } from "./user.schemas";
import { userSelect } from "./user-select";

export const createUser = defineOperation({
  name: "user.create",
  input: createUserSchema,
  authorize: canManageUsers,
  // The password is hashed before the transaction opens (unsafeCreateUser).
  transaction: false,
  run: ({ actor, input, outerTx }) => unsafeCreateUser(input, actor, outerTx),
});

/** No permission check: for the seed and the operator CLI only. */
export async function unsafeCreateUser(
  data: z.output<typeof createUserSchema>,
  actor: Actor | null = null,
  tx?: Db,
) {
  const passwordHash = await hashNewPassword(data.password, [data.email, data.name]);
  try {
    const run = async (t: Db) => {
      const user = await t.user.create({
        data: {
          email: data.email,
          name: data.name,
          role: data.role,
          uiLocale: data.uiLocale,
          passwordHash,
          memberships: { create: data.marketIds.map((marketId) => ({ marketId })) },
        },
        select: userSelect,
      });
      await recordAudit(
        {
          actor,
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          after: { email: user.email, role: user.role, marketIds: data.marketIds },
        },
        t,
      );
      return user;
    };
    return await withTransaction(tx, run);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("USER_EMAIL_TAKEN", { status: 409 });
    throw error;
  }
}
