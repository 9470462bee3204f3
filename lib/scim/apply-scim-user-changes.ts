// The one place SCIM changes reach a user row: e-mail (userName) here, role, name and
// deactivation through updateUser, so SCIM revokes sessions and tokens exactly as the admin page
// does. Only what actually changes is passed on: identity providers re-send unchanged users on
// every sync, and an unchanged `active` must not end anyone's session.
import type { Db } from "@/lib/db";
import { AppError, isUniqueViolation, notFound } from "@/lib/errors";
import type { Actor, Role } from "@/lib/permissions/actor";
import { updateUser } from "@/lib/users/update-user";
import { scimUserSelect, type ScimUserRow } from "./scim-resources";

export interface ScimUserChanges {
  email?: string;
  name?: string;
  role?: Role;
  active?: boolean;
  marketIds?: string[];
}

export async function loadScimUser(tx: Db, id: string): Promise<ScimUserRow> {
  const user = await tx.user.findUnique({ where: { id }, select: scimUserSelect });
  if (!user) throw notFound();
  return user;
}

export async function applyScimUserChanges(actor: Actor, before: ScimUserRow, changes: ScimUserChanges, tx: Db): Promise<ScimUserRow> {
  if (changes.email !== undefined && changes.email !== before.email) {
    try {
      // A new address is a new identity for SSO matching: sessions under the old one end.
      await tx.user.update({ where: { id: before.id }, data: { email: changes.email, sessionVersion: { increment: 1 } } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("USER_EMAIL_TAKEN", { status: 409, details: { scimType: "uniqueness" } });
      throw error;
    }
  }
  const sameMarkets =
    changes.marketIds === undefined ||
    (changes.marketIds.length === before.memberships.length && changes.marketIds.every((id) => before.memberships.some((m) => m.market.id === id)));
  const update = {
    id: before.id,
    name: changes.name !== undefined && changes.name !== before.name ? changes.name : undefined,
    role: changes.role !== undefined && changes.role !== before.role ? changes.role : undefined,
    disabled: changes.active !== undefined && changes.active === !!before.disabledAt ? !changes.active : undefined,
    marketIds: sameMarkets ? undefined : changes.marketIds,
  };
  if (update.name !== undefined || update.role !== undefined || update.disabled !== undefined || update.marketIds !== undefined) {
    await updateUser(actor, update, tx);
  }
  return loadScimUser(tx, before.id);
}
