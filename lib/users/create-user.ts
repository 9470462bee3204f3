import { recordAudit } from "@/lib/audit/record-audit";
import { hashNewPassword } from "@/lib/auth/password";
import { getDb, type Db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canManageUsers } from "@/lib/permissions/workspace";
import { createUserSchema } from "./user.schemas";
import { userSelect } from "./user-select";

export async function createUser(actor: Actor, input: unknown) {
  requireAllowed(canManageUsers(actor));
  return unsafeCreateUser(createUserSchema.parse(input), actor);
}

/** No permission check: for the seed and the operator CLI only. */
export async function unsafeCreateUser(
  data: ReturnType<typeof createUserSchema.parse>,
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
    return tx ? await run(tx) : await (await getDb()).$transaction(run);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("USER_EMAIL_TAKEN", { status: 409 });
    throw error;
  }
}
