// Loads a variant with its blocks in editor order and applies the permission rules (another
// market's variant → 404, visible but not allowed → 403), as load-campaign does for campaigns.
// Shared by the editor, saves, transitions, imports and the API.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canEditVariant, canRequestVariantTransition, canReviewVariant, canViewVariant, type VariantAccessFacts } from "@/lib/permissions/variants";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

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
  contentVersion: true,
  origin: true,
  confirmed: true,
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
  contentEditorIds: true,
  errorCount: true,
  warningCount: true,
  updatedAt: true,
  market: { select: { id: true, code: true, name: true, currency: true, timeZone: true } },
  campaign: { select: { id: true, name: true, sourceLocale: true, requiresBrandSignoff: true, dueDate: true } },
  assignee: { select: { id: true, name: true, email: true } },
  blocks: { select: variantBlockSelect },
} as const;

type LoadedBlock = Prisma.VariantBlockGetPayload<{ select: typeof variantBlockSelect }>;

/** One block as the positional JSON array loadVariantBlocks selects (its column order). */
type BlockRow = [
  id: string,
  blockId: string,
  targetText: string,
  backTranslation: string | null,
  omitted: boolean,
  omitReason: string | null,
  assetId: string | null,
  basedOnSourceVersion: number,
  outdated: boolean,
  errorCount: number,
  warningCount: number,
  updatedById: string | null,
  updatedAtMs: number,
  key: string,
  type: string,
  policy: LoadedBlock["block"]["policy"],
  position: number,
  sourceText: string,
  blockAssetId: string | null,
  maxLength: number | null,
  notes: string,
  sourceVersion: number,
  tpId: string,
  tpName: string,
  tpChannel: string,
  tpPosition: number,
  contentVersion: number,
  origin: LoadedBlock["origin"],
  confirmed: boolean,
];

/**
 * The variant's blocks with their HQ block and touchpoint (the shape of `variantBlockSelect`) in
 * one joined query. Prisma's nested select ran three queries with the 10,000 ids of a large
 * variant as parameters and stitched them in JS (~1 s on PGlite for 10,000 blocks). The rows
 * come back as one JSON array of arrays: PGlite decodes every result field on its own in JS
 * (10,000 rows x 26 columns took ~1 s there, one JSON text ~0.3 s); on PostgreSQL it is as fast
 * as plain rows. updatedAt travels as epoch milliseconds, exact and free of time zone parsing.
 */
export async function loadVariantBlocks(db: Db, variantId: string, onlyBlockIds?: readonly string[]): Promise<LoadedBlock[]> {
  const only = onlyBlockIds ? Prisma.sql`AND vb."blockId" = ANY(${[...onlyBlockIds]}::text[])` : Prisma.empty;
  const [result] = await db.$queryRaw<Array<{ rows: string }>>`
    SELECT coalesce(json_agg(json_build_array(
             vb."id", vb."blockId", vb."targetText", vb."backTranslation", vb."omitted", vb."omitReason", vb."assetId",
             vb."basedOnSourceVersion", vb."outdated", vb."errorCount", vb."warningCount", vb."updatedById",
             round(extract(epoch FROM vb."updatedAt") * 1000),
             b."key", b."type", b."policy", b."position", b."sourceText", b."assetId",
             b."maxLength", b."notes", b."sourceVersion",
             t."id", t."name", t."channel", t."position", vb."contentVersion",
             vb."origin", vb."confirmed")), '[]')::text AS "rows"
    FROM "VariantBlock" vb
    JOIN "Block" b ON b."id" = vb."blockId"
    JOIN "Touchpoint" t ON t."id" = b."touchpointId"
    WHERE vb."variantId" = ${variantId} ${only}`;
  const rows = JSON.parse(result!.rows) as BlockRow[];
  return rows.map((r) => ({
    id: r[0],
    blockId: r[1],
    targetText: r[2],
    backTranslation: r[3],
    omitted: r[4],
    omitReason: r[5],
    assetId: r[6],
    basedOnSourceVersion: r[7],
    outdated: r[8],
    errorCount: r[9],
    warningCount: r[10],
    updatedById: r[11],
    updatedAt: new Date(r[12]),
    contentVersion: r[26],
    origin: r[27],
    confirmed: r[28],
    block: {
      id: r[1],
      key: r[13],
      type: r[14],
      policy: r[15],
      position: r[16],
      sourceText: r[17],
      assetId: r[18],
      maxLength: r[19],
      notes: r[20],
      sourceVersion: r[21],
      touchpoint: { id: r[22], name: r[23], channel: r[24], position: r[25] },
    },
  }));
}

const { blocks: _blocks, market: marketSelect, campaign: campaignSelect, assignee: assigneeSelect, ...variantScalarSelect } = variantSelect;

/**
 * The variant without its blocks, visibility applied. The related rows are read one after the
 * other: a nested select makes Prisma send its relation queries at once, which inside an
 * interactive transaction (one pg connection) overlap and make pg print a deprecation warning.
 */
export type VariantNeed = "view" | "edit" | "review" | "transition";

const ALLOWED: Record<VariantNeed, (actor: Actor, variant: VariantAccessFacts) => boolean> = {
  view: canViewVariant,
  edit: canEditVariant,
  review: canReviewVariant,
  transition: canRequestVariantTransition,
};

/** The 404-versus-403 rule for a variant the caller has read (or only its access facts). */
export function checkVariantAccess(actor: Actor, row: VariantAccessFacts | null, need: VariantNeed): void {
  if (!row) throw notFound();
  requireVisible(canViewVariant(actor, row));
  requireAllowed(ALLOWED[need](actor, row));
}

/**
 * The permission check alone, on one indexed row: operations that load expensive data (the
 * checker's term index, a large file) call it first, so a caller who may not act never pays for it.
 */
export async function checkVariant(actor: Actor, variantId: string, need: VariantNeed, db: Db): Promise<void> {
  const row = await db.variant.findUnique({ where: { id: variantId }, select: { marketId: true, assigneeId: true } });
  checkVariantAccess(actor, row, need);
}

export async function loadVariantHeader(actor: Actor, variantId: string, need: VariantNeed, db: Db) {
  const row = await db.variant.findUnique({ where: { id: variantId }, select: variantScalarSelect });
  checkVariantAccess(actor, row, need);
  if (!row) throw notFound();
  const market = await db.market.findUniqueOrThrow({ where: { id: row.marketId }, select: marketSelect.select });
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: row.campaignId }, select: campaignSelect.select });
  const assignee = row.assigneeId ? await db.user.findUnique({ where: { id: row.assigneeId }, select: assigneeSelect.select }) : null;
  return { ...row, market, campaign, assignee };
}

export async function loadVariant(actor: Actor, variantId: string, need: VariantNeed, db: Db) {
  const header = await loadVariantHeader(actor, variantId, need, db);
  const variant = { ...header, blocks: await loadVariantBlocks(db, variantId) };
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
