// Everything the editor (and GET /api/v1/variants/{id}) shows for one variant: blocks with source,
// target, findings and what HQ changed, image alternates, checklist, the actor's permissions and
// the transitions the actor may request.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canCommentOnVariant, canEditVariant, canReviewVariant } from "@/lib/permissions/variants";
import { apiKeys } from "./block-keys";
import { effectiveTarget, findingsForBlock } from "./block-findings";
import { isChecklistComplete, readChecklist } from "./checklist";
import { getSourceChanges } from "./get-source-changes";
import { loadCheckData } from "./check-variant-text";
import { loadVariant } from "./load-variant";
import { EDITABLE_STATES } from "./save-variant-blocks";
import { machineActor, variantFacts } from "./transition-variant";
import { isOverdue } from "@/lib/core/workflow/is-overdue";
import { allowedTransitions, type VariantState } from "@/lib/core/workflow/variant-state-machine";

export async function getVariantEditor(actor: Actor, variantId: string, now = new Date()) {
  const db = await getDb();
  const variant = await loadVariant(actor, variantId, "view", db);
  const keys = apiKeys(variant.blocks);
  const imageAssetIds = variant.blocks.map((b) => b.block.assetId).filter((id): id is string => !!id);
  const [changes, alternates, hqAssets, submitter, checkData] = await Promise.all([
    getSourceChanges(db, variant.blocks),
    imageAssetIds.length
      ? db.asset.findMany({
          where: { alternateOfId: { in: imageAssetIds }, marketId: variant.marketId, status: "approved" },
          select: { id: true, title: true, alternateOfId: true },
        })
      : Promise.resolve([]),
    imageAssetIds.length
      ? db.asset.findMany({ where: { id: { in: imageAssetIds } }, select: { id: true, title: true } })
      : Promise.resolve([]),
    variant.submittedById ? db.user.findUnique({ where: { id: variant.submittedById }, select: { name: true } }) : null,
    loadCheckData(),
  ]);
  const hqTitle = new Map(hqAssets.map((a) => [a.id, a.title]));
  const blocks = await Promise.all(
    variant.blocks.map(async (vb) => ({
      id: vb.id,
      blockId: vb.blockId,
      key: keys.get(vb.blockId)!,
      plainKey: vb.block.key,
      touchpoint: vb.block.touchpoint,
      type: vb.block.type,
      policy: vb.block.policy,
      source: vb.block.sourceText,
      sourceVersion: vb.block.sourceVersion,
      maxLength: vb.block.maxLength,
      notes: vb.block.notes,
      target: vb.targetText,
      backTranslation: vb.backTranslation,
      omitted: vb.omitted,
      omitReason: vb.omitReason,
      assetId: vb.assetId,
      hqAsset: vb.block.assetId ? { id: vb.block.assetId, title: hqTitle.get(vb.block.assetId) ?? vb.block.assetId } : null,
      alternates: alternates.filter((a) => a.alternateOfId === vb.block.assetId).map((a) => ({ id: a.id, title: a.title })),
      outdated: vb.outdated,
      origin: toBlockOrigin(vb.origin),
      confirmed: vb.confirmed,
      basedOnSourceVersion: vb.basedOnSourceVersion,
      sourceChange: changes.get(vb.blockId) ?? null,
      findings: await findingsForBlock(variant, vb, effectiveTarget(vb), checkData),
    })),
  );
  const access = { marketId: variant.marketId, assigneeId: variant.assigneeId };
  const canEdit = canEditVariant(actor, access);
  return {
    id: variant.id,
    campaign: variant.campaign,
    market: variant.market,
    locale: variant.locale,
    state: variant.state,
    version: variant.version,
    assignee: variant.assignee,
    dueDate: variant.dueDate,
    isOverdue: isOverdue(variant, now),
    submittedBy: submitter?.name ?? null,
    submittedById: variant.submittedById,
    submittedAt: variant.submittedAt,
    overrideReason: variant.overrideReason,
    approvedAt: variant.approvedAt,
    publishedAt: variant.publishedAt,
    errorCount: variant.errorCount,
    warningCount: variant.warningCount,
    checklist: readChecklist(variant.checklist),
    checklistComplete: isChecklistComplete(variant.checklist),
    blocks,
    permissions: {
      edit: canEdit && EDITABLE_STATES.has(variant.state),
      comment: canCommentOnVariant(actor, access),
      review: canReviewVariant(actor, access),
    },
    transitions: actor.readOnly
      ? []
      : allowedTransitions({
          from: variant.state as VariantState,
          actor: machineActor(actor, variant),
          variant: variantFacts(variant),
          context: { errorCount: variant.errorCount, checklistComplete: isChecklistComplete(variant.checklist) },
        }),
  };
}

export type VariantEditorData = Awaited<ReturnType<typeof getVariantEditor>>;

/** VariantBlock.origin as clients see it: null (a person wrote it) is { kind: "human" }. */
function toBlockOrigin(stored: unknown): { kind: "human" | "tm" | "mt" | "ai-draft"; provider?: string; score?: number } {
  const origin = stored as { kind?: string; provider?: string; score?: number } | null;
  if (!origin || (origin.kind !== "tm" && origin.kind !== "mt" && origin.kind !== "ai-draft")) return { kind: "human" };
  return {
    kind: origin.kind,
    ...(typeof origin.provider === "string" ? { provider: origin.provider } : {}),
    ...(typeof origin.score === "number" ? { score: origin.score } : {}),
  };
}
