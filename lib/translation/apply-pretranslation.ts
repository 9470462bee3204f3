// Writes the drafts of one pre-translation run in one transaction, as one normal save of the
// variant (version bump, findings, history, four-eyes), then marks them with their origin and as
// unconfirmed. Only blocks still empty, on the source version that was translated, are filled:
// anything a person wrote meanwhile wins, and the save's version guard makes a concurrent save
// either come first (and be respected) or fail the run (which the job retries).
import { recordAudit } from "@/lib/audit/record-audit";
import { withTransaction } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { loadCheckData } from "@/lib/variants/check-variant-text";
import { loadVariant } from "@/lib/variants/load-variant";
import { EDITABLE_STATES, saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import type { Draft } from "./compute-pretranslation";

export interface ApplyInput {
  variantId: string;
  drafts: readonly Draft[];
  /** Block.sourceVersion of each drafted block when its source was read. */
  sourceVersions: ReadonlyMap<string, number>;
  /** What was sent to a provider (audit; never the text). */
  sent?: { provider: string; segments: number; blocks: number; langpair: string };
}

export interface ApplyResult {
  written: number;
  /** Drafts dropped because the block was edited, changed at the source or left the workflow meanwhile. */
  changedMeanwhile: number;
  refused?: "VARIANT_NOT_EDITABLE";
}

export async function applyPretranslation(actor: Actor, input: ApplyInput): Promise<ApplyResult> {
  const checkData = await loadCheckData();
  return withTransaction(undefined, async (tx) => {
    const variant = await loadVariant(actor, input.variantId, "edit", tx);
    const audit = async (written: number) =>
      recordAudit(
        {
          actor,
          action: "variant.pretranslate",
          entityType: "variant",
          entityId: variant.id,
          marketId: variant.marketId,
          meta: { written, tm: countKind(input.drafts, "tm"), mt: countKind(input.drafts, "mt"), sent: input.sent ?? null },
        },
        tx,
      );
    if (!EDITABLE_STATES.has(variant.state)) {
      await audit(0);
      return { written: 0, changedMeanwhile: input.drafts.length, refused: "VARIANT_NOT_EDITABLE" as const };
    }
    const byId = new Map(variant.blocks.map((b) => [b.blockId, b]));
    const keep = input.drafts.filter((d) => {
      const vb = byId.get(d.blockId);
      return !!vb && vb.targetText.trim() === "" && !vb.omitted && vb.block.policy === "translate" && vb.block.sourceVersion === input.sourceVersions.get(d.blockId);
    });
    if (keep.length > 0) {
      await saveVariantBlocks(
        actor,
        { variantId: variant.id, version: variant.version, blocks: keep.map((d) => ({ blockId: d.blockId, target: d.target })) },
        tx,
        { checkData, variant, imported: true },
      );
      const rows = keep.map((d) => ({ id: byId.get(d.blockId)!.id, origin: d.origin }));
      await tx.$executeRaw`
        UPDATE "VariantBlock" AS vb SET "origin" = r.origin, "confirmed" = false
        FROM (SELECT x->>'id' AS id, x->'origin' AS origin FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS x) AS r
        WHERE vb."id" = r.id`;
    }
    await audit(keep.length);
    return { written: keep.length, changedMeanwhile: input.drafts.length - keep.length };
  });
}

function countKind(drafts: readonly Draft[], kind: "tm" | "mt"): number {
  return drafts.filter((d) => d.origin.kind === kind).length;
}
