import { recordAudit } from "@/lib/audit/record-audit";
import { hashNewPassword } from "@/lib/auth/password";
import { revokeUserCredentials } from "@/lib/auth/user-session";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canManageUsers } from "@/lib/permissions/workspace";
import { resetPasswordSchema } from "./user.schemas";

export async function resetPassword(actor: Actor | null, input: unknown): Promise<void> {
  // actor null = the operator CLI, which runs with shell access to the server.
  if (actor) requireAllowed(canManageUsers(actor));
  const data = resetPasswordSchema.parse(input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.id } });
    if (!user) throw notFound();
    await tx.user.update({
      where: { id: data.id },
      data: { passwordHash: await hashNewPassword(data.password, [user.email, user.name]), sessionVersion: { increment: 1 } },
    });
    await revokeUserCredentials(tx, data.id);
    await recordAudit({ actor, action: "user.reset_password", entityType: "user", entityId: data.id }, tx);
  });
}
