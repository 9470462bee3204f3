// An admin (or the operator CLI) sets a user's password; their open sessions end at once.
import { recordAudit } from "@/lib/audit/record-audit";
import { hashNewPassword } from "@/lib/auth/password";
import { revokeUserCredentials } from "@/lib/auth/user-session";
import { withTransaction, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import type { Actor } from "@/lib/permissions/actor";
import { canManageUsers } from "@/lib/permissions/workspace";
import { resetPasswordSchema, type ResetPasswordInput } from "./user.schemas";

export const resetPassword = defineOperation({
  name: "user.reset_password",
  input: resetPasswordSchema,
  authorize: canManageUsers,
  run: ({ actor, input, tx }) => writePassword(actor, input, tx),
});

/** No permission check: for the operator CLI, which runs with shell access to the server. */
export async function unsafeResetPassword(input: ResetPasswordInput, tx?: Db): Promise<void> {
  const data = resetPasswordSchema.parse(input);
  await withTransaction(tx, (t) => writePassword(null, data, t));
}

async function writePassword(actor: Actor | null, data: { id: string; password: string }, tx: Db): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: data.id } });
  if (!user) throw notFound();
  await tx.user.update({
    where: { id: data.id },
    data: { passwordHash: await hashNewPassword(data.password, [user.email, user.name]), sessionVersion: { increment: 1 } },
  });
  await revokeUserCredentials(tx, data.id);
  await recordAudit({ actor, action: "user.reset_password", entityType: "user", entityId: data.id }, tx);
}
