// Creates or updates a machine-checkable rule. Every save writes a GuidelineRuleVersion row
// (who, when, the full rule) and an audit event in the same transaction. Patterns are compiled
// with RE2 before saving, so a rule that could never run (or run away) is refused up front.
import { recordAudit } from "@/lib/audit/record-audit";
import { validateRulePattern } from "@/lib/core/checker/validate-rule-pattern";
import type { z } from "zod";
import type { Db } from "@/lib/db";
import { AppError, checkVersion, notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canEditGuidelines, canSeeGuidelineItem } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { ruleSchema, type RuleData } from "./guideline.schemas";
import { requireMarket } from "./require-market";
import { ruleSnapshot } from "./rule-snapshot";

export function assertRulePattern(pattern: string | null): void {
  if (!pattern) return;
  const v = validateRulePattern(pattern);
  if (!v.ok) throw new AppError("RULE_PATTERN_INVALID", { status: 422, message: v.error.message, details: { reason: v.error.reason } });
}

function ruleFields(data: RuleData) {
  const uses = {
    phrase: data.kind === "forbidden_phrase" || data.kind === "required_text",
    pattern: data.kind === "forbidden_pattern" || data.kind === "required_text",
    maxLength: data.kind === "max_length",
    style: data.kind === "style",
  };
  return {
    marketId: data.marketId,
    channel: data.channel,
    blockTypes: data.blockTypes,
    kind: data.kind,
    severity: data.severity,
    phrase: uses.phrase ? data.phrase : null,
    pattern: uses.pattern ? data.pattern : null,
    maxLength: uses.maxLength ? data.maxLength : null,
    style: uses.style ? data.style : null,
    message: data.message,
    active: data.active,
  };
}

export const saveGuidelineRule = defineOperation({
  name: "guideline_rule.save",
  input: ruleSchema,
  // Role-level only: another market's rule answers 404 before "not an editor" answers 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx: t }) => {
    const fields = ruleFields(data);
    await requireMarket(t, data.marketId);
    if (!data.id) {
      requireAllowed(canEditGuidelines(actor));
      assertRulePattern(fields.pattern);
      return unsafeCreateGuidelineRule(t, fields, actor);
    }
    const before = await t.guidelineRule.findUnique({ where: { id: data.id } });
    if (!before) throw notFound();
    requireVisible(canSeeGuidelineItem(actor, before));
    requireAllowed(canEditGuidelines(actor));
    assertRulePattern(fields.pattern);
    checkVersion(data.version, before.version);
    // Conditional UPDATE: a save that raced ours since the read above loses here.
    const moved = await t.guidelineRule.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...fields, version: { increment: 1 }, updatedById: actor.id },
    });
    if (moved.count === 0) throw versionConflict({ yours: data.version ?? before.version, current: before.version + 1 });
    const after = await t.guidelineRule.findUniqueOrThrow({ where: { id: before.id } });
    await t.guidelineRuleVersion.create({
      data: { ruleId: after.id, version: after.version, snapshot: ruleSnapshot(after) as Prisma.InputJsonValue, changedById: actor.id },
    });
    await recordAudit(
      {
        actor,
        action: "guideline_rule.update",
        entityType: "guideline_rule",
        entityId: after.id,
        marketId: after.marketId,
        before: ruleSnapshot(before),
        after: ruleSnapshot(after),
        meta: { version: after.version },
      },
      t,
    );
    return after;
  },
});

/**
 * No permission check: for the seed and for the results feature, which proposes rules from a
 * learning (`proposed: true`) after its own checks.
 */
export async function unsafeCreateGuidelineRule(
  t: Db,
  fields: ReturnType<typeof ruleFields>,
  actor: { id: string; email?: string } | null,
  options: { proposed?: boolean; learningId?: string | null } = {},
) {
  assertRulePattern(fields.pattern);
  const created = await t.guidelineRule.create({
    data: { ...fields, proposed: !!options.proposed, learningId: options.learningId ?? null, updatedById: actor?.id ?? null },
  });
  await t.guidelineRuleVersion.create({
    data: { ruleId: created.id, version: 1, snapshot: ruleSnapshot(created) as Prisma.InputJsonValue, changedById: actor?.id ?? null },
  });
  await recordAudit(
    {
      actor,
      action: options.proposed ? "guideline_rule.propose" : "guideline_rule.create",
      entityType: "guideline_rule",
      entityId: created.id,
      marketId: created.marketId,
      after: ruleSnapshot(created),
      meta: options.learningId ? { learningId: options.learningId } : undefined,
    },
    t,
  );
  return created;
}

/** Validates raw rule input (zod + pattern) without saving: for callers that create via unsafe…. */
export function parseRuleInput(input: z.input<typeof ruleSchema>) {
  const fields = ruleFields(ruleSchema.parse(input));
  assertRulePattern(fields.pattern);
  return fields;
}
