// Saves edited blocks of a variant: the normal edit (editor autosave, API PUT, XLIFF import).
// Optimistic concurrency: the save names the Variant.version it was based on; the version bump
// is an `UPDATE … WHERE id AND version` inside the transaction, so of two concurrent saves on the
// same version exactly one wins and the other gets VERSION_CONFLICT with both versions.
import { recordAudit } from "@/lib/audit/record-audit";
import type { z } from "zod";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { AppError, versionConflict } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canEditVariant, canEverEditVariants } from "@/lib/permissions/variants";
import { apiKeys, resolveBlock } from "./block-keys";
import { findingsForBlock } from "./block-findings";
import { countFindings, loadCheckData, loadCheckDataIn, type CheckData } from "./check-variant-text";
import { checkVariant, loadVariant, loadVariantBlocks, loadVariantHeader, type LoadedVariant } from "./load-variant";
import { saveImportedBlocksSchema, saveVariantBlocksSchema, type SaveVariantBlocksInput } from "./variant.schemas";

export const EDITABLE_STATES: ReadonlySet<string> = new Set(["draft", "in_review", "changes_requested", "outdated"]);

export interface SavedBlockSnapshot {
  blockId: string;
  key: string;
  target: string;
  backTranslation: string | null;
  omitted: boolean;
  omitReason: string | null;
  assetId: string | null;
  outdated: boolean;
}

function snapshot(variant: LoadedVariant): SavedBlockSnapshot[] {
  const keys = apiKeys(variant.blocks);
  return variant.blocks.map((b) => ({
    blockId: b.blockId,
    key: keys.get(b.blockId)!,
    target: b.targetText,
    backTranslation: b.backTranslation,
    omitted: b.omitted,
    omitReason: b.omitReason,
    assetId: b.assetId,
    outdated: b.outdated,
  }));
}

async function run(actor: Actor, input: SaveVariantBlocksInput, tx: Db, preloaded: SaveOptions) {
  // Saves naming blocks by id (the editor, imports) read only those blocks; keys need them all.
  const blockIds = input.blocks.every((b) => b.blockId) ? input.blocks.map((b) => b.blockId!) : null;
  const reused = preloaded.variant;
  if (reused && reused.id !== input.variantId) throw new Error("saveVariantBlocks: options.variant is another variant");
  const variant: LoadedVariant =
    reused ??
    (blockIds
      ? { ...(await loadVariantHeader(actor, input.variantId, "edit", tx)), blocks: await loadVariantBlocks(tx, input.variantId, blockIds) }
      : await loadVariant(actor, input.variantId, "edit", tx));
  requireAllowed(canEditVariant(actor, variant));
  if (!EDITABLE_STATES.has(variant.state)) {
    throw new AppError("VARIANT_NOT_EDITABLE", { status: 409, message: `A ${variant.state} variant cannot be edited`, details: { state: variant.state } });
  }
  if (variant.version !== input.version) throw conflict(blockIds || reused ? await loadVariant(actor, variant.id, "edit", tx) : variant, input);

  const changes: Array<{ vb: LoadedVariant["blocks"][number]; data: Record<string, unknown>; target: string }> = [];
  const seen = new Set<string>();
  let checkData = preloaded.checkData;
  const byBlockId = new Map(variant.blocks.map((b) => [b.blockId, b]));
  for (const item of input.blocks) {
    // A Map lookup for the common blockId form (imports send 1,000 at a time); keys and unknown
    // ids go through resolveBlock for its matching rules and errors.
    const vb = (item.blockId ? byBlockId.get(item.blockId) : undefined) ?? resolveBlock(variant.blocks, item);
    if (seen.has(vb.blockId)) throw new AppError("DUPLICATE_BLOCK", { status: 422, details: { blockId: vb.blockId } });
    seen.add(vb.blockId);
    const policy = vb.block.policy;
    const data: Record<string, unknown> = {};
    if (item.target !== undefined && item.target !== vb.targetText) {
      if (policy === "locked" && item.target !== vb.block.sourceText) {
        throw new AppError("BLOCK_LOCKED", { status: 422, message: "Locked blocks stay as HQ wrote them", details: { key: item.key ?? vb.block.key } });
      }
      if (vb.block.type === "image") throw new AppError("BLOCK_IS_IMAGE", { status: 422, details: { key: vb.block.key } });
      data.targetText = item.target;
    }
    if (item.backTranslation !== undefined && item.backTranslation !== vb.backTranslation) data.backTranslation = item.backTranslation || null;
    if (item.omitted !== undefined && item.omitted !== vb.omitted) {
      if (item.omitted && policy !== "optional") throw new AppError("BLOCK_NOT_OPTIONAL", { status: 422, details: { key: vb.block.key } });
      if (item.omitted && !(item.omitReason ?? vb.omitReason ?? "").trim()) {
        throw new AppError("OMIT_REASON_REQUIRED", { status: 422, details: { key: vb.block.key } });
      }
      data.omitted = item.omitted;
    }
    if (item.omitReason !== undefined && item.omitReason !== vb.omitReason) data.omitReason = item.omitReason || null;
    if (item.assetId !== undefined && item.assetId !== vb.assetId) {
      if (vb.block.type !== "image") throw new AppError("BLOCK_NOT_IMAGE", { status: 422, details: { key: vb.block.key } });
      if (item.assetId !== null && item.assetId !== vb.block.assetId) {
        const alternate = await tx.asset.findFirst({
          where: { id: item.assetId, alternateOfId: vb.block.assetId ?? "-", marketId: variant.marketId, status: "approved" },
          select: { id: true },
        });
        if (!alternate) throw new AppError("ASSET_NOT_ALLOWED", { status: 422, details: { assetId: item.assetId } });
      }
      data.assetId = item.assetId;
    }
    // A person who edits a machine-filled text, or accepts it, confirms it.
    if (!vb.confirmed && (data.targetText !== undefined || item.confirm)) data.confirmed = true;
    const touchesTarget = data.targetText !== undefined || data.assetId !== undefined || data.omitted !== undefined;
    if (vb.outdated && (touchesTarget || item.keepAsIs)) {
      data.outdated = false;
      data.basedOnSourceVersion = vb.block.sourceVersion;
    }
    if (Object.keys(data).length === 0) continue;
    // The version this save produces: XLIFF exports carry it per unit (stale-file check on import).
    if (CONTENT_FIELDS.some((field) => data[field] !== undefined)) data.contentVersion = input.version + 1;
    const omitted = (data.omitted as boolean | undefined) ?? vb.omitted;
    const target = (data.targetText as string | undefined) ?? vb.targetText;
    checkData ??= await loadCheckDataIn(tx);
    const counts = countFindings(await findingsForBlock(variant, { ...vb, omitted }, policy === "locked" ? vb.block.sourceText : target, checkData));
    changes.push({ vb, data: { ...data, ...counts, updatedById: actor.id }, target });
  }

  // The concurrency guard: only a save based on the current version moves it.
  const bumped = await tx.variant.updateMany({
    where: { id: variant.id, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (bumped.count !== 1) {
    const current = await loadVariant(actor, variant.id, "edit", tx);
    throw conflict(current, input);
  }

  const writtenAt = await writeChanges(tx, changes, actor.id);
  const totals = await tx.variantBlock.aggregate({
    where: { variantId: variant.id },
    _sum: { errorCount: true, warningCount: true },
  });
  // Four-eyes: whoever changes the content may not approve this version (back translations are
  // notes for the reviewer, not content).
  const changesContent = changes.some((c) => CONTENT_FIELDS.some((field) => c.data[field] !== undefined));
  const newEditor = changesContent && !variant.contentEditorIds.includes(actor.id);
  const updated = await tx.variant.update({
    where: { id: variant.id },
    data: {
      errorCount: totals._sum.errorCount ?? 0,
      warningCount: totals._sum.warningCount ?? 0,
      ...(newEditor ? { contentEditorIds: { push: actor.id } } : {}),
    },
    select: { version: true, errorCount: true, warningCount: true, state: true, contentEditorIds: true },
  });

  if (changes.length > 0) {
    const changed = changes.map((c) => c.vb);
    const keys = blockIds && !reused ? await apiKeysOf(tx, variant.id, changed) : apiKeys(variant.blocks, changed);
    await recordAudit(
      {
        actor,
        action: "variant.edit",
        entityType: "variant",
        entityId: variant.id,
        marketId: variant.marketId,
        before: { version: input.version, blocks: changes.map((c) => pick(keys.get(c.vb.blockId)!, c.vb, c.data, "before")) },
        after: { version: updated.version, blocks: changes.map((c) => pick(keys.get(c.vb.blockId)!, c.vb, c.data, "after")) },
      },
      tx,
    );
  }
  if (reused) {
    // Keep the caller's copy equal to the database for its next save in this transaction.
    for (const c of changes) Object.assign(c.vb, c.data, { updatedAt: writtenAt });
    Object.assign(reused, updated);
  }
  return { id: variant.id, ...updated, changedBlocks: changes.map((c) => c.vb.blockId) };
}

/** apiKeys() for some blocks of a variant: qualified only where another block shares the key. */
async function apiKeysOf(tx: Db, variantId: string, blocks: ReadonlyArray<LoadedVariant["blocks"][number]>): Promise<Map<string, string>> {
  const wanted = [...new Set(blocks.map((b) => b.block.key))];
  const shared = await tx.$queryRaw<Array<{ key: string }>>`
    SELECT b."key" FROM "VariantBlock" vb JOIN "Block" b ON b."id" = vb."blockId"
    WHERE vb."variantId" = ${variantId} AND b."key" = ANY(${wanted}::text[])
    GROUP BY b."key" HAVING count(*) > 1`;
  const dup = new Set(shared.map((r) => r.key));
  return new Map(blocks.map((b) => [b.blockId, dup.has(b.block.key) ? `${b.block.touchpoint.id}:${b.block.key}` : b.block.key]));
}

const CONTENT_FIELDS = ["targetText", "omitted", "omitReason", "assetId", "outdated"] as const;

const WRITABLE = {
  targetText: "text",
  backTranslation: "text",
  omitted: "boolean",
  omitReason: "text",
  assetId: "text",
  outdated: "boolean",
  basedOnSourceVersion: "integer",
  contentVersion: "integer",
  confirmed: "boolean",
} as const;

/**
 * All changed blocks in one set-based UPDATE (was one statement per block). Each row carries only
 * the fields it changes; the others keep their value. errorCount, warningCount, updatedById and
 * updatedAt are set on every changed row, as the per-row update did.
 */
async function writeChanges(tx: Db, changes: ReadonlyArray<{ vb: { id: string }; data: Record<string, unknown> }>, actorId: string): Promise<Date> {
  const at = new Date();
  if (changes.length === 0) return at;
  const rows = changes.map((c) => {
    const d: Record<string, unknown> = { errorCount: c.data.errorCount, warningCount: c.data.warningCount };
    for (const field of Object.keys(WRITABLE)) if (c.data[field] !== undefined) d[field] = c.data[field];
    return { id: c.vb.id, d };
  });
  const sets = Object.entries(WRITABLE).map(
    ([field, type]) => `"${field}" = CASE WHEN r.d ? '${field}' THEN (r.d->>'${field}')::${type} ELSE vb."${field}" END`,
  );
  const count = await tx.$executeRawUnsafe(
    `UPDATE "VariantBlock" AS vb SET ${sets.join(", ")},
       "errorCount" = (r.d->>'errorCount')::integer, "warningCount" = (r.d->>'warningCount')::integer,
       "updatedById" = $2, "updatedAt" = $3::timestamp(3)
     FROM (SELECT x->>'id' AS id, x->'d' AS d FROM jsonb_array_elements($1::jsonb) AS x) AS r
     WHERE vb."id" = r.id`,
    JSON.stringify(rows),
    actorId,
    at.toISOString(),
  );
  if (count !== rows.length) throw new Error(`VariantBlock update touched ${count} of ${rows.length} rows`);
  return at;
}

const AUDITED = ["targetText", "backTranslation", "omitted", "omitReason", "assetId", "outdated", "confirmed"] as const;

function pick(key: string, vb: LoadedVariant["blocks"][number], data: Record<string, unknown>, side: "before" | "after") {
  const out: Record<string, unknown> = { key };
  for (const field of AUDITED) {
    if (data[field] === undefined) continue;
    out[field === "targetText" ? "target" : field] = side === "before" ? vb[field] : data[field];
  }
  return out;
}

/** { yours, current } plus the stored blocks, from which the editor offers "theirs" per block. */
function conflict(current: LoadedVariant, input: SaveVariantBlocksInput): AppError {
  return versionConflict({ yours: input.version, current: current.version }, { blocks: snapshot(current) });
}

export interface SaveOptions {
  /** From `loadCheckData()`, called before the caller's transaction opened. */
  checkData?: CheckData;
  /**
   * The variant with all its blocks, as loaded in the caller's transaction: the save reads
   * nothing again and updates this object (version, counts, saved blocks) after writing, so a
   * caller saving more than once in its transaction passes the same object to every save.
   */
  variant?: LoadedVariant;
  /** A file import: all of the file's edits in this one save (saveImportedBlocksSchema), not at most 1,000. */
  imported?: boolean;
}

/**
 * Saves blocks of a variant as a normal edit. Input: { variantId, version, blocks: [{ blockId or
 * key, target?, backTranslation?, omitted?, omitReason?, assetId?, keepAsIs? }] }.
 * Pass `tx` to run inside the caller's transaction (e.g. an all-or-nothing import); then also
 * pass `options.checkData` from `loadCheckData()` (called before the transaction opened) so the
 * checker's cached termbase index is used instead of one built inside the transaction.
 */
async function save(actor: Actor, input: z.input<typeof saveVariantBlocksSchema>, tx?: Db, options: SaveOptions = {}) {
  authorize(actor);
  const data = (options.imported ? saveImportedBlocksSchema : saveVariantBlocksSchema).parse(input);
  if (tx) return run(actor, data, tx, options);
  // The checker's data comes through the shared client, which the open transaction would block
  // on PGlite: load it first, after the one-row permission check.
  await checkVariant(actor, data.variantId, "edit", await getDb());
  const checkData = options.checkData ?? (await loadCheckData());
  return withTransaction(undefined, (t) => run(actor, data, t, { checkData }));
}

const authorize = (actor: Actor): void => requireAllowed(canEverEditVariants(actor));

/** The operation contract written out (see save()): defineOperation opens its transaction before `run`. */
/** The object check alone (this variant, editable by this actor): the API calls it before reading the body. */
const authorizeVariant = async (actor: Actor, variantId: string): Promise<void> => checkVariant(actor, variantId, "edit", await getDb());

export const saveVariantBlocks = Object.assign(save, { operationName: "variant.edit", input: saveVariantBlocksSchema, authorize, authorizeVariant });
