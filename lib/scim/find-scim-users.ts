// GET /scim/v2/Users: every user, or the one a `userName eq "…"` filter names, paged SCIM-style.
import { defineOperation } from "@/lib/operations/define-operation";
import { canViewUsers } from "@/lib/permissions/workspace";
import { parseEqualityFilter } from "./scim-filter";
import { scimUserSelect } from "./scim-resources";
import { scimListQuerySchema } from "./scim.schemas";

export const findScimUsers = defineOperation({
  name: "scim.user.find",
  input: scimListQuerySchema,
  authorize: canViewUsers,
  run: async ({ input, tx }) => {
    const filter = parseEqualityFilter(input.filter, ["userName", "id", "emails.value"]);
    const where = !filter ? {} : filter.attribute === "id" ? { id: filter.value } : { email: filter.value.trim().toLowerCase() };
    const [total, rows] = await Promise.all([
      tx.user.count({ where }),
      tx.user.findMany({ where, select: scimUserSelect, orderBy: { createdAt: "asc" }, skip: input.startIndex - 1, take: input.count }),
    ]);
    return { rows, total, startIndex: input.startIndex };
  },
});
