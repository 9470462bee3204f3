// GET /scim/v2/Groups/{id}: one market and its members.
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canViewUsers } from "@/lib/permissions/workspace";
import { scimGroupSelect, type ScimGroupRow } from "./scim-resources";
import { scimIdSchema } from "./scim.schemas";

export async function loadScimGroup(tx: Db, id: string): Promise<ScimGroupRow> {
  const market = await tx.market.findFirst({ where: { id, archivedAt: null }, select: scimGroupSelect });
  if (!market) throw notFound();
  return market;
}

export const getScimGroup = defineOperation({
  name: "scim.group.get",
  input: scimIdSchema,
  authorize: canViewUsers,
  run: ({ input, tx }) => loadScimGroup(tx, input.id),
});
