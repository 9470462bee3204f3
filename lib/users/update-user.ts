// Role, markets and disabling. Any of these bumps sessionVersion, so open sessions end at once.
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeUserCredentials } from "@/lib/auth/user-session";
import { AppError, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageUsers } from "@/lib/permissions/workspace";
import { updateUserSchema } from "./user.schemas";
import { userSelect } from "./user-select";

export const updateUser = defineOperation({
  name: "user.update",
  input: updateUserSchema,
  authorize: canManageUsers,
  run: async ({ actor, input: data, tx }) => {
    if (data.id === actor.id && (data.disabled || (data.role && data.role !== "admin"))) {
      throw new AppError("CANNOT_LOCK_OUT_SELF");
    }
    const before = await tx.user.findUnique({ where: { id: data.id }, select: userSelect });
    if (!before) throw notFound();
    const revokes = data.role !== undefined || data.marketIds !== undefined || data.disabled !== undefined;
    // Tokens minted under the old role or before disabling must not outlive it.
    if ((data.role !== undefined && data.role !== before.role) || data.disabled) await revokeUserCredentials(tx, data.id);
    // Work held by someone who can no longer sign in goes back to "to assign" (My work shows it to
    // the market's lead and HQ) instead of waiting for them.
    const released = data.disabled
      ? (await tx.variant.updateMany({ where: { assigneeId: data.id, state: { notIn: ["approved", "published", "archived"] } }, data: { assigneeId: null } })).count
      : 0;
    if (data.marketIds) {
      await tx.membership.deleteMany({ where: { userId: data.id } });
      await tx.membership.createMany({ data: data.marketIds.map((marketId) => ({ userId: data.id, marketId })) });
    }
    const after = await tx.user.update({
      where: { id: data.id },
      data: {
        name: data.name,
        role: data.role,
        disabledAt: data.disabled === undefined ? undefined : data.disabled ? new Date() : null,
        sessionVersion: revokes ? { increment: 1 } : undefined,
      },
      select: userSelect,
    });
    const snapshot = (u: typeof before) => ({
      name: u.name,
      role: u.role,
      disabled: !!u.disabledAt,
      markets: u.memberships.map((m) => m.market.code).sort(),
    });
    await recordAudit(
      {
        actor,
        action: data.disabled ? "user.disable" : "user.update",
        entityType: "user",
        entityId: data.id,
        before: snapshot(before),
        after: snapshot(after),
        meta: released ? { releasedVariants: released } : undefined,
      },
      tx,
    );
    return after;
  },
});
