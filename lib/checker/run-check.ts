// The checker as a service for one actor: the "Try the checker" panel and POST /api/v1/check.
// A market the actor cannot see answers NOT_FOUND (its rules are not theirs to probe).
import { checkInWorkspace } from "@/lib/checker/check-in-workspace";
import type { Finding } from "@/lib/core/checker/finding.types";
import { getDb } from "@/lib/db";
import { canSeeMarket, type Actor } from "@/lib/permissions/actor";
import { canUseChecker } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { checkRequestSchema } from "@/lib/guidelines/guideline.schemas";

export async function runCheck(actor: Actor, input: unknown): Promise<{ findings: Finding[] }> {
  requireAllowed(canUseChecker(actor));
  const data = checkRequestSchema.parse(input);
  let currency: string | null = null;
  if (data.market) {
    const db = await getDb();
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
}
