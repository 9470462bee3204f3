// PATCH /scim/v2/Groups/{id}: market membership. `add`/`remove` of members (remove by
// `members[value eq "…"]` or with a value list, as Azure AD sends it), `replace` of all members.
// Each affected user changes through updateUser, so their sessions follow the new markets.
// A group's displayName is the market code and cannot change through SCIM.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import type { Actor } from "@/lib/permissions/actor";
import { canManageUsers } from "@/lib/permissions/workspace";
import { applyScimUserChanges } from "./apply-scim-user-changes";
import { scimUserSelect } from "./scim-resources";
import { loadScimGroup } from "./get-scim-group";
import { scimPatchSchema, type ScimPatchOperation } from "./scim.schemas";

export const membersSchema = z.array(z.object({ value: z.string().min(1).max(100) }).passthrough());

function memberIds(value: unknown): string[] {
  const parsed = membersSchema.safeParse(Array.isArray(value) ? value : [value]);
  if (!parsed.success) throw new AppError("SCIM_INVALID_VALUE", { status: 400, message: "members must be [{ value: userId }]", details: { scimType: "invalidValue" } });
  return parsed.data.map((m) => m.value);
}

/** The member ids after the operations, starting from `current`. */
export function scimGroupMembersAfter(current: string[], operations: ScimPatchOperation[]): string[] {
  const members = new Set(current);
  for (const { op, path, value } of operations) {
    const filtered = path ? /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path.trim()) : null;
    const target = filtered ? "members" : path?.trim().toLowerCase();
    if (target === "displayname" || (!path && value && typeof value === "object" && "displayName" in value)) {
      throw new AppError("SCIM_MUTABILITY", { status: 400, message: "A group's displayName is its market code", details: { scimType: "mutability" } });
    }
    if (target !== "members" && path) throw new AppError("SCIM_INVALID_PATH", { status: 400, message: `Unsupported path ${path}`, details: { scimType: "invalidPath" } });
    const ids = filtered ? [filtered[1]!] : memberIds(path ? value : (value as { members?: unknown } | undefined)?.members ?? []);
    if (op === "replace") members.clear();
    for (const id of ids) {
      if (op === "remove") members.delete(id);
      else members.add(id);
    }
  }
  return [...members];
}

/** Puts the market in or out of each user whose membership differs between `before` and `after`. */
export async function setMarketMembers(actor: Actor, marketId: string, before: string[], after: string[], tx: Db): Promise<void> {
  const changed = [...after.filter((id) => !before.includes(id)), ...before.filter((id) => !after.includes(id))];
  for (const userId of changed) {
    const row = await tx.user.findUnique({ where: { id: userId }, select: scimUserSelect });
    if (!row) throw new AppError("SCIM_UNKNOWN_MEMBER", { status: 400, message: `No user ${userId}`, details: { scimType: "invalidValue" } });
    const others = row.memberships.map((m) => m.market.id).filter((id) => id !== marketId);
    await applyScimUserChanges(actor, row, { marketIds: after.includes(userId) ? [...others, marketId] : others }, tx);
  }
}

export const patchScimGroup = defineOperation({
  name: "scim.group.patch",
  input: z.object({ id: z.string().min(1).max(100), patch: scimPatchSchema }),
  authorize: canManageUsers,
  run: async ({ actor, input, tx }) => {
    const market = await loadScimGroup(tx, input.id);
    const before = market.memberships.map((m) => m.user.id);
    await setMarketMembers(actor, market.id, before, scimGroupMembersAfter(before, input.patch.Operations), tx);
    return loadScimGroup(tx, market.id);
  },
});
