// Loads a variant with its blocks in editor order and applies the visibility rule (another
// market's variant → 404). Shared by the editor, saves, transitions and the API.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canViewVariant } from "@/lib/permissions/variants";
import { requireVisible } from "@/lib/permissions/require";
import { notFound } from "@/lib/errors";

export const variantBlockSelect = {
  id: true,
  blockId: true,
  targetText: true,
  backTranslation: true,
  omitted: true,
  omitReason: true,
  assetId: true,
  basedOnSourceVersion: true,
  outdated: true,
  errorCount: true,
  warningCount: true,
  updatedById: true,
  updatedAt: true,
  block: {
    select: {
      id: true,
      key: true,
      type: true,
      policy: true,
      position: true,
      sourceText: true,
      assetId: true,
      maxLength: true,
      notes: true,
      sourceVersion: true,
      touchpoint: { select: { id: true, name: true, channel: true, position: true } },
    },
  },
} as const;

export const variantSelect = {
  id: true,
  campaignId: true,
  marketId: true,
  locale: true,
  state: true,
  version: true,
  assigneeId: true,
  dueDate: true,
  submittedById: true,
  submittedAt: true,
  overrideReason: true,
  marketApprovedById: true,
  approvedById: true,
  approvedAt: true,
  publishedAt: true,
  checklist: true,
  errorCount: true,
  warningCount: true,
  updatedAt: true,
  market: { select: { id: true, code: true, name: true, currency: true, timeZone: true } },
  campaign: { select: { id: true, name: true, sourceLocale: true, requiresBrandSignoff: true, dueDate: true } },
  assignee: { select: { id: true, name: true, email: true } },
  blocks: { select: variantBlockSelect },
} as const;

export async function loadVariant(db: Db, actor: Actor, variantId: string) {
  const variant = await db.variant.findUnique({ where: { id: variantId }, select: variantSelect });
  if (!variant) throw notFound();
  requireVisible(canViewVariant(actor, variant));
  variant.blocks.sort(
    (a, b) =>
      a.block.touchpoint.position - b.block.touchpoint.position ||
      a.block.touchpoint.id.localeCompare(b.block.touchpoint.id) ||
      a.block.position - b.block.position,
  );
  return variant;
}

export type LoadedVariant = Awaited<ReturnType<typeof loadVariant>>;
export type LoadedVariantBlock = LoadedVariant["blocks"][number];
