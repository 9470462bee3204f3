// SCIM 2.0 (RFC 7643/7644) request bodies as zod schemas. Users carry their Meridian role in the
// standard multi-valued `roles` attribute; markets are Groups (displayName = the market code).
// Unknown attributes (enterprise extension, phone numbers…) are accepted and ignored.
import { z } from "zod";
import { ROLES } from "@/lib/permissions/roles";

export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const SCIM_LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

// Some providers (Azure AD) send booleans as "True"/"False".
export const scimBoolean = z.union([z.boolean(), z.enum(["true", "false", "True", "False"]).transform((v) => v.toLowerCase() === "true")]);

const nameSchema = z
  .object({ formatted: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional() })
  .partial();

export const scimRolesSchema = z.array(z.object({ value: z.enum(ROLES), primary: scimBoolean.optional() }).passthrough());

export const scimUserSchema = z
  .object({
    schemas: z.array(z.string()).refine((s) => s.includes(SCIM_USER_SCHEMA), { message: `schemas must include ${SCIM_USER_SCHEMA}` }),
    userName: z.string().trim().toLowerCase().email(),
    externalId: z.string().max(200).optional(),
    name: nameSchema.optional(),
    displayName: z.string().trim().max(120).optional(),
    active: scimBoolean.optional(),
    roles: scimRolesSchema.optional(),
    password: z.string().optional(),
  })
  .passthrough();
export type ScimUserInput = z.output<typeof scimUserSchema>;

const patchOperation = z
  .object({
    op: z.string().transform((op) => op.toLowerCase()).pipe(z.enum(["add", "remove", "replace"])),
    path: z.string().max(200).optional(),
    value: z.unknown().optional(),
  })
  .passthrough();
export type ScimPatchOperation = z.output<typeof patchOperation>;

export const scimPatchSchema = z.object({
  schemas: z.array(z.string()).refine((s) => s.includes(SCIM_PATCH_SCHEMA), { message: `schemas must include ${SCIM_PATCH_SCHEMA}` }),
  Operations: z.array(patchOperation).min(1).max(1000),
});

export const scimListQuerySchema = z.object({
  filter: z.string().max(500).optional(),
  startIndex: z.coerce.number().int().catch(1).transform((n) => Math.max(1, n)),
  count: z.coerce.number().int().catch(100).transform((n) => Math.min(Math.max(0, n), 200)),
});

export const scimIdSchema = z.object({ id: z.string().min(1).max(100) });

/** The user's display name from the SCIM attributes, falling back to the e-mail's local part. */
export function scimDisplayName(user: { userName: string; displayName?: string; name?: z.output<typeof nameSchema> }): string {
  const given = [user.name?.givenName, user.name?.familyName].filter(Boolean).join(" ");
  const name = user.displayName || user.name?.formatted || given || user.userName.split("@")[0]!;
  return name.trim().slice(0, 120);
}

/** The one role a SCIM user carries: the primary entry, else the first; none → viewer. */
export function scimRole(roles: z.output<typeof scimRolesSchema> | undefined) {
  return (roles?.find((r) => r.primary) ?? roles?.[0])?.value ?? "viewer";
}
