// Moves a variant through the workflow (submit, request changes, approve, brand sign-off,
// publish). The rules live in variant-state-machine.ts; this file loads the facts, recomputes
// findings on submit, and writes the new state, audit event, the variant.state_changed event and
// (on approval) translation-memory entries in one transaction.
import { recordAudit } from "@/lib/audit/record-audit";
import { foldText } from "@/lib/core/checker/normalize-text";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canRequestVariantTransition, canReviewVariant } from "@/lib/permissions/variants";
import { isChecklistComplete, mergeChecklist, type Checklist } from "./checklist";
import { effectiveTarget } from "./block-findings";
import { loadVariant, type LoadedVariant } from "./load-variant";
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
  };
}

async function run(actor: Actor, input: TransitionVariantInput, tx: Db, checkData?: CheckData) {
  const variant = await loadVariant(tx, actor, input.variantId);
  requireAllowed(canRequestVariantTransition(actor, variant));
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
    throw new AppError(result.code, { status: 422, message: `Transition ${from} → ${input.to} refused`, details: { from, to: input.to, errorCount } });
  }
  const to = result.to;
  const now = new Date();
  const data: Prisma.VariantUpdateManyMutationInput = { state: to };
  if (checklist) data.checklist = checklist as unknown as Prisma.InputJsonValue;
  if (to === "in_review") {
    Object.assign(data, {
      submittedById: actor.id,
      submittedAt: now,
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
      variantId: variant.id,
      campaignId: variant.campaignId,
      campaignName: variant.campaign.name,
      marketId: variant.marketId,
      market: variant.market.code,
      locale: variant.locale,
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

export async function transitionVariant(actor: Actor, input: TransitionVariantInput | unknown, tx?: Db) {
  const data = transitionVariantSchema.parse(input);
  if (tx) return run(actor, data, tx);
  const checkData = data.to === "in_review" ? await loadCheckData() : undefined;
  const db = await getDb();
  return db.$transaction((t) => run(actor, data, t, checkData));
}
