// An admin creates a market. The code is the market's identity in the API ("DE").
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canManageMarkets } from "@/lib/permissions/workspace";
import { marketSchema } from "./market.schemas";

export const createMarket = defineOperation({
  name: "market.create",
  input: marketSchema,
  authorize: canManageMarkets,
  run: async ({ actor, input: data, tx }) => {
    const market = await tx.market.create({ data }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("MARKET_CODE_TAKEN", { status: 409 });
      throw error;
    });
    await recordAudit({ actor, action: "market.create", entityType: "market", entityId: market.id, after: data }, tx);
    return market;
  },
});
