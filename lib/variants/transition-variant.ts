// Moves a variant through the workflow (submit, request changes, approve, brand sign-off,
// publish). The rules live in variant-state-machine.ts; this file loads the facts, recomputes
// findings on submit, and writes the new state, audit event, the variant.state_changed event and
// (on approval) translation-memory entries in one transaction.
import { variantEventRef } from "./variant-event-ref";
import { recordAudit } from "@/lib/audit/record-audit";
import { foldText } from "@/lib/core/checker/normalize-text";
import type { z } from "zod";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canEverTransitionVariants, canReviewVariant } from "@/lib/permissions/variants";
import { isChecklistComplete, mergeChecklist, type Checklist } from "./checklist";
import { effectiveTarget } from "./block-findings";
import { checkVariant, loadVariant, type LoadedVariant } from "./load-variant";
import { recomputeVariantFindings } from "./recompute-variant-findings";
import { loadCheckData, loadCheckDataIn, type CheckData } from "./check-variant-text";
import { canTransition, type VariantState } from "@/lib/core/workflow/variant-state-machine";
import { transitionVariantSchema, type TransitionVariantInput } from "./variant.schemas";

export function machineActor(actor: Actor, variant: { marketId: string; market: { code: string } }) {
  return {
    id: actor.id,
    role: actor.role,
    marketCodes: actor.marketIds.includes(variant.marketId) ? [variant.market.code] : [],
  };
}

export function variantFacts(variant: LoadedVariant) {
  return {
    marketCode: variant.market.code,
    assigneeId: variant.assigneeId,
    submittedById: variant.submittedById,
    requiresBrandSignoff: variant.campaign.requiresBrandSignoff,
    contentEditorIds: variant.contentEditorIds,
  };
}

async function run(actor: Actor, input: TransitionVariantInput, tx: Db, checkData?: CheckData) {
  const variant = await loadVariant(actor, input.variantId, "transition", tx);
  const from = variant.state as VariantState;

  let checklist: Checklist | null = null;
  if (input.checklist) {
    requireAllowed(canReviewVariant(actor, variant));
    checklist = mergeChecklist(variant.checklist, input.checklist as Checklist);
  }
  let errorCount = variant.errorCount;
  let warningCount = variant.warningCount;
  if (input.to === "in_review") {
    ({ errorCount, warningCount } = await recomputeVariantFindings(tx, variant, checkData ?? (await loadCheckDataIn(tx))));
  }

  const result = canTransition({
    from,
    to: input.to,
    actor: machineActor(actor, variant),
    variant: variantFacts(variant),
    context: {
      errorCount,
      overrideReason: input.overrideReason,
      checklistComplete: isChecklistComplete(checklist ?? variant.checklist),
      comment: input.comment,
    },
  });
  if (!result.ok) {
    if (result.code === "NOT_PERMITTED") {
      throw new AppError("NOT_PERMITTED", { status: 403, denial: true, message: "Your role may not make this transition", details: { from, to: input.to } });
    }
    // After the role check (who may not submit hears that first), before the findings: machine
    // text nobody has read is the first thing to fix.
    if (input.to === "in_review") requireConfirmedBlocks(variant);
    throw new AppError(result.code, { status: 422, message: `Transition ${from} → ${input.to} refused`, details: { from, to: input.to, errorCount } });
  }
  const to = result.to;
  if (to === "in_review") requireConfirmedBlocks(variant);
  const now = new Date();
  const data: Prisma.VariantUpdateManyMutationInput = { state: to };
  if (checklist) data.checklist = checklist as unknown as Prisma.InputJsonValue;
  if (to === "in_review") {
    Object.assign(data, {
      submittedById: actor.id,
      submittedAt: now,
      // A new submission: four-eyes counts content changes from here on.
      contentEditorIds: [],
      overrideReason: errorCount > 0 ? input.overrideReason!.trim() : null,
      marketApprovedById: null,
      approvedById: null,
      approvedAt: null,
    });
  } else if (to === "brand_review") {
    data.marketApprovedById = actor.id;
  } else if (to === "approved") {
    if (from === "in_review") data.marketApprovedById = actor.id;
    Object.assign(data, { approvedById: actor.id, approvedAt: now });
  } else if (to === "published") {
    data.publishedAt = now;
  }
  // Guard against a concurrent transition of the same variant.
  const moved = await tx.variant.updateMany({ where: { id: variant.id, state: from }, data });
  if (moved.count !== 1) throw new AppError("CONFLICT", { message: "The variant changed state meanwhile" });

  const comment = input.comment?.trim();
  if (comment) {
    await tx.comment.create({ data: { variantId: variant.id, authorId: actor.id, body: comment, mentions: [] } });
  }
  if (to === "approved") await writeTranslationMemory(tx, variant);

  await recordAudit(
    {
      actor,
      action: "variant.transition",
      entityType: "variant",
      entityId: variant.id,
      marketId: variant.marketId,
      before: { state: from },
      after: { state: to },
      meta: {
        requested: input.to,
        comment: comment ?? null,
        overrideReason: to === "in_review" && errorCount > 0 ? input.overrideReason : null,
        errorCount,
        warningCount,
        checklist: checklist ?? undefined,
      },
    },
    tx,
  );
  await emit(tx, {
    type: "variant.state_changed",
    payload: {
      ...variantEventRef(variant),
      from,
      to,
      version: variant.version,
      assigneeId: variant.assigneeId,
      submittedById: variant.submittedById,
      actor: { id: actor.id, name: actor.name },
      comment: comment ?? null,
    },
  });
  return { id: variant.id, from, state: to, errorCount, warningCount };
}

/** Machine-filled text (TM, MT) goes to review only once a person has edited or confirmed it. */
function requireConfirmedBlocks(variant: LoadedVariant): void {
  const unconfirmed = variant.blocks.filter((vb) => !vb.confirmed && !vb.omitted).map((vb) => vb.block.key);
  if (unconfirmed.length === 0) return;
  throw new AppError("MACHINE_TEXT_UNCONFIRMED", {
    status: 422,
    message: "Confirm or edit the pre-translated blocks before submitting",
    details: { keys: unconfirmed },
  });
}

async function writeTranslationMemory(tx: Db, variant: LoadedVariant) {
  const rows = variant.blocks
    .filter((vb) => !vb.omitted && vb.block.type !== "image" && vb.block.policy !== "locked")
    .map((vb) => ({ sourceText: vb.block.sourceText, targetText: effectiveTarget(vb) }))
    .filter((r) => r.sourceText.trim() && r.targetText.trim())
    .map((r) => ({
      locale: variant.locale,
      sourceText: r.sourceText,
      sourceSearch: foldText(r.sourceText),
      targetText: r.targetText,
      variantId: variant.id,
    }));
  if (rows.length > 0) await tx.tmEntry.createMany({ data: rows, skipDuplicates: true });
}

const authorize = (actor: Actor): void => requireAllowed(canEverTransitionVariants(actor));

async function transition(actor: Actor, input: z.input<typeof transitionVariantSchema>, tx?: Db) {
  authorize(actor);
  const data = transitionVariantSchema.parse(input);
  if (tx) return run(actor, data, tx);
  let checkData: CheckData | undefined;
  if (data.to === "in_review") {
    // A submit rechecks the text with the term index, loaded through the shared client (which the
    // open transaction would block on PGlite): after the one-row permission check.
    await checkVariant(actor, data.variantId, "transition", await getDb());
    checkData = await loadCheckData();
  }
  return withTransaction(undefined, (t) => run(actor, data, t, checkData));
}

/** The operation contract written out: the checker's data is loaded between the checks and the transaction. */
/** The object check alone (this variant, visible to a caller who may ask for transitions): before the body is read. */
const authorizeVariant = async (actor: Actor, variantId: string): Promise<void> => checkVariant(actor, variantId, "transition", await getDb());

export const transitionVariant = Object.assign(transition, { operationName: "variant.transition", input: transitionVariantSchema, authorize, authorizeVariant });
