// The versioned shape of a rule: what GuidelineRuleVersion.snapshot and audit events hold.
import type { GuidelineRule } from "@/lib/generated/prisma/client";

export function ruleSnapshot(rule: GuidelineRule) {
  return {
    marketId: rule.marketId,
    channel: rule.channel,
    blockTypes: rule.blockTypes,
    kind: rule.kind,
    severity: rule.severity,
    phrase: rule.phrase,
    pattern: rule.pattern,
    maxLength: rule.maxLength,
    style: rule.style,
    message: rule.message,
    active: rule.active,
    proposed: rule.proposed,
  };
}
export type RuleSnapshot = ReturnType<typeof ruleSnapshot>;
