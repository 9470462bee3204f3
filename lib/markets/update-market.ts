// An admin renames, re-codes or archives a market; codes stay unique.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, isUniqueViolation, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageMarkets } from "@/lib/permissions/workspace";
import { updateMarketSchema } from "./market.schemas";

export const updateMarket = defineOperation({
  name: "market.update",
  input: updateMarketSchema,
  authorize: canManageMarkets,
  run: async ({ actor, input: { id, archived, ...data }, tx }) => {
    const before = await tx.market.findUnique({ where: { id } });
    if (!before) throw notFound();
    const after = await tx.market
      .update({
        where: { id },
        data: { ...data, archivedAt: archived === undefined ? undefined : archived ? new Date() : null },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError("MARKET_CODE_TAKEN", { status: 409 });
        throw error;
      });
    await recordAudit({ actor, action: "market.update", entityType: "market", entityId: id, before, after }, tx);
    return after;
  },
});
