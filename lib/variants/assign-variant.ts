// Gives a variant to a person who works on its market (or takes it back with null), with an
// optional due date. The version is not bumped: assignment is not content, and an editor open on
// the variant must not hit a conflict because its lead reassigned it. Both people hear of it
// through the variant.assigned event.
import { variantEventRef } from "./variant-event-ref";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { defineOperation } from "@/lib/operations/define-operation";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { canAssignVariant, canBeAssignee, canEverAssignVariants, canViewVariant } from "@/lib/permissions/variants";
import { assignVariantSchema, type AssignVariantInput } from "./assignment.schemas";

const assignmentSelect = {
  id: true,
  campaignId: true,
  marketId: true,
  locale: true,
  state: true,
  assigneeId: true,
  dueDate: true,
  market: { select: { code: true, leadId: true } },
  campaign: { select: { name: true } },
} as const;

async function loadForAssignment(actor: Actor, variantId: string, db: Db) {
  const row = await db.variant.findUnique({ where: { id: variantId }, select: assignmentSelect });
  if (!row) throw notFound();
  requireVisible(canViewVariant(actor, row));
  requireAllowed(canAssignVariant(actor, { ...row, leadId: row.market.leadId }));
  return row;
}

/**
 * The person named by email or id, if they may work on the market; unknown and ineligible answer
 * alike. The current assignee may stay (a due date change) even if the rules changed since.
 */
async function resolveAssignee(db: Db, person: NonNullable<AssignVariantInput["assignee"]>, variant: { marketId: string; assigneeId: string | null }) {
  const user = await db.user.findFirst({
    where: "email" in person ? { email: { equals: person.email, mode: "insensitive" } } : { id: person.userId },
    select: { id: true, name: true, role: true, disabledAt: true, memberships: { select: { marketId: true } } },
  });
  const keeps = !!user && user.id === variant.assigneeId && !user.disabledAt;
  if (!user || (!keeps && !canBeAssignee({ ...user, marketIds: user.memberships.map((m) => m.marketId) }, variant.marketId))) {
    throw new AppError("ASSIGNEE_NOT_ALLOWED", { status: 422, message: "This person may not work on this market's variants", details: { assignee: person } });
  }
  return user;
}

const operation = defineOperation({
  name: "variant.assign",
  input: assignVariantSchema,
  authorize: canEverAssignVariants,
  run: async ({ actor, input, tx }) => {
    const variant = await loadForAssignment(actor, input.variantId, tx);
    if (variant.state === "archived") throw new AppError("VARIANT_ARCHIVED", { status: 409, message: "An archived variant is not assigned" });
    const assignee = input.assignee ? await resolveAssignee(tx, input.assignee, variant) : null;
    const assigneeId = assignee?.id ?? null;
    const dueDate = input.dueDate === undefined ? variant.dueDate : input.dueDate;
    const unchanged = assigneeId === variant.assigneeId && (dueDate?.getTime() ?? null) === (variant.dueDate?.getTime() ?? null);
    if (unchanged) return { id: variant.id, assigneeId, dueDate, changed: false };

    await tx.variant.update({ where: { id: variant.id }, data: { assigneeId, dueDate } });
    const before = { assigneeId: variant.assigneeId, dueDate: variant.dueDate };
    const after = { assigneeId, dueDate };
    await recordAudit({ actor, action: "variant.assign", entityType: "variant", entityId: variant.id, marketId: variant.marketId, before, after }, tx);
    await emit(tx, {
      type: "variant.assigned",
      payload: {
        ...variantEventRef(variant),
        assigneeId,
        previousAssigneeId: variant.assigneeId,
        dueDate: dueDate?.toISOString() ?? null,
        actor: { id: actor.id, name: actor.name },
      },
    });
    return { id: variant.id, assigneeId, dueDate, changed: true };
  },
});

/** The object check alone (404 outside the caller's markets, 403 when not theirs to assign): before the body is read. */
async function authorizeVariant(actor: Actor, variantId: string): Promise<void> {
  await loadForAssignment(actor, variantId, await getDb());
}

export const assignVariant = Object.assign(operation, { authorizeVariant });
