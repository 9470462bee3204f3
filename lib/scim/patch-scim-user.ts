// PATCH /scim/v2/Users/{id} (RFC 7644 §3.5.2): add/replace/remove of userName, displayName,
// name.*, active and roles, with a path or as a value object without one (Okta, Azure AD).
// Attributes Meridian does not keep (phone numbers, enterprise extension…) are ignored so a
// provider's full sync does not fail on them.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import type { Role } from "@/lib/permissions/actor";
import { canManageUsers } from "@/lib/permissions/workspace";
import { applyScimUserChanges, loadScimUser, type ScimUserChanges } from "./apply-scim-user-changes";
import { scimBoolean, scimPatchSchema, scimRole, scimRolesSchema, type ScimPatchOperation } from "./scim.schemas";

function invalidValue(path: string): AppError {
  return new AppError("SCIM_INVALID_VALUE", { status: 400, message: `Invalid value for ${path}`, details: { scimType: "invalidValue" } });
}

function parsed<S extends z.ZodType>(schema: S, value: unknown, path: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidValue(path);
  return result.data;
}

function applyAttribute(changes: ScimUserChanges, op: string, path: string, value: unknown): void {
  const key = path.toLowerCase();
  if (key === "active") {
    if (op === "remove") throw invalidValue(path);
    changes.active = parsed(scimBoolean, value, path);
  } else if (key === "username") {
    if (op === "remove") throw invalidValue(path);
    changes.email = parsed(z.string().trim().toLowerCase().email(), value, path);
  } else if (key === "displayname" || key === "name.formatted") {
    if (op !== "remove") changes.name = parsed(z.string().trim().min(1).max(120), value, path);
  } else if (key === "name") {
    const name = parsed(z.object({ formatted: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional() }), value, path);
    const full = name.formatted || [name.givenName, name.familyName].filter(Boolean).join(" ");
    if (full.trim()) changes.name ??= full.trim().slice(0, 120);
  } else if (key === "roles") {
    changes.role = op === "remove" ? "viewer" : (scimRole(parsed(scimRolesSchema, Array.isArray(value) ? value : [value], path)) as Role);
  }
}

export function scimUserPatchChanges(operations: ScimPatchOperation[]): ScimUserChanges {
  const changes: ScimUserChanges = {};
  for (const operation of operations) {
    if (operation.path) {
      applyAttribute(changes, operation.op, operation.path, operation.value);
    } else {
      if (operation.op === "remove" || typeof operation.value !== "object" || operation.value === null) {
        throw new AppError("SCIM_NO_TARGET", { status: 400, message: "A path is required", details: { scimType: "noTarget" } });
      }
      for (const [attribute, value] of Object.entries(operation.value)) applyAttribute(changes, operation.op, attribute, value);
    }
  }
  return changes;
}

export const patchScimUser = defineOperation({
  name: "scim.user.patch",
  input: z.object({ id: z.string().min(1).max(100), patch: scimPatchSchema }),
  authorize: canManageUsers,
  run: async ({ actor, input, tx }) => {
    const changes = scimUserPatchChanges(input.patch.Operations);
    return applyScimUserChanges(actor, await loadScimUser(tx, input.id), changes, tx);
  },
});
