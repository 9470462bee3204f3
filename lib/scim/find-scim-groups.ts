// GET /scim/v2/Groups: the markets (archived ones are not offered), optionally `displayName eq "DE"`.
import { defineOperation } from "@/lib/operations/define-operation";
import { canViewUsers } from "@/lib/permissions/workspace";
import { parseEqualityFilter } from "./scim-filter";
import { scimGroupSelect } from "./scim-resources";
import { scimListQuerySchema } from "./scim.schemas";

export const findScimGroups = defineOperation({
  name: "scim.group.find",
  input: scimListQuerySchema,
  authorize: canViewUsers,
  run: async ({ input, tx }) => {
    const filter = parseEqualityFilter(input.filter, ["displayName", "id"]);
    const where = {
      archivedAt: null,
      ...(!filter ? {} : filter.attribute === "id" ? { id: filter.value } : { code: filter.value.trim().toUpperCase() }),
    };
    const [total, rows] = await Promise.all([
      tx.market.count({ where }),
      tx.market.findMany({ where, select: scimGroupSelect, orderBy: { code: "asc" }, skip: input.startIndex - 1, take: input.count }),
    ]);
    return { rows, total, startIndex: input.startIndex };
  },
});
