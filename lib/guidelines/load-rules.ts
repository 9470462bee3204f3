// Active, accepted (non-proposed) rules as the checker's RuleSpec, with market codes instead of
// ids. Every market's rules are loaded: the checker scopes them by the market it checks for.
import type { RuleSpec } from "@/lib/core/checker/rules.types";
import { getDb, type Db } from "@/lib/db";
import type { GuidelineRule } from "@/lib/generated/prisma/client";

export function toRuleSpec(rule: GuidelineRule, marketCode: string | null): RuleSpec {
  return {
    id: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    marketCode,
    channel: rule.channel,
    blockTypes: rule.blockTypes,
    pattern: rule.pattern ?? undefined,
    phrase: rule.phrase ?? undefined,
    maxLength: rule.maxLength ?? undefined,
    style: rule.style ?? undefined,
    message: rule.message ?? undefined,
  };
}

export async function loadRules(tx?: Db): Promise<RuleSpec[]> {
  const db = tx ?? (await getDb());
  const [rules, markets] = await Promise.all([
    db.guidelineRule.findMany({ where: { active: true, proposed: false }, orderBy: { createdAt: "asc" } }),
    db.market.findMany({ select: { id: true, code: true } }),
  ]);
  const codes = new Map(markets.map((m) => [m.id, m.code]));
  const specs: RuleSpec[] = [];
  for (const rule of rules) {
    if (rule.marketId && !codes.has(rule.marketId)) continue; // market deleted: the rule has no scope left
    specs.push(toRuleSpec(rule, rule.marketId ? codes.get(rule.marketId)! : null));
  }
  return specs;
}
