// The checker as a service for one actor: the "Try the checker" panel and POST /api/v1/check.
// A market the actor cannot see answers NOT_FOUND (its rules are not theirs to probe).
import { checkInWorkspace } from "@/lib/checker/check-in-workspace";
import type { Finding } from "@/lib/core/checker/finding.types";
import { defineOperation } from "@/lib/operations/define-operation";
import { canSeeMarket } from "@/lib/permissions/actor";
import { canUseChecker } from "@/lib/permissions/guidelines";
import { requireVisible } from "@/lib/permissions/require";
import { checkRequestSchema } from "@/lib/guidelines/guideline.schemas";

export const runCheck = defineOperation({
  name: "checker.run",
  input: checkRequestSchema,
  authorize: canUseChecker,
  // Reads only: no transaction of its own.
  transaction: false,
  run: async ({ actor, input: data, tx: db }): Promise<{ findings: Finding[] }> => {
    let currency: string | null = null;
    if (data.market) {
      const market = await db.market.findUnique({ where: { code: data.market }, select: { id: true, currency: true } });
      requireVisible(!!market && canSeeMarket(actor, market.id));
      currency = market!.currency;
    }
    const findings = await checkInWorkspace({
      text: data.text,
      locale: data.locale.replace(/_/g, "-"),
      marketCode: data.market ?? null,
      channel: data.channel ?? null,
      blockType: data.blockType ?? null,
      maxLength: data.maxLength ?? null,
      source: data.source ?? null,
      currency,
    });
    return { findings };
  },
});
