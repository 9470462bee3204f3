// Live findings while typing: one indexed lookup for the block's context, then the checker.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireVisible } from "@/lib/permissions/require";
import { canViewVariant } from "@/lib/permissions/variants";
import { findingsForBlock } from "./block-findings";
import { countFindings } from "./check-variant-text";

export async function checkVariantBlock(actor: Actor, input: { variantId: string; blockId: string; text: string }) {
  const db = await getDb();
  const vb = await db.variantBlock.findUnique({
    where: { variantId_blockId: { variantId: input.variantId, blockId: input.blockId } },
    select: {
      omitted: true,
      variant: {
        select: {
          marketId: true,
          assigneeId: true,
          locale: true,
          market: { select: { code: true, currency: true } },
          campaign: { select: { sourceLocale: true } },
        },
      },
      block: { select: { type: true, policy: true, sourceText: true, maxLength: true, touchpoint: { select: { channel: true } } } },
    },
  });
  if (!vb) throw notFound();
  requireVisible(canViewVariant(actor, vb.variant));
  const findings = await findingsForBlock(vb.variant, vb, input.text);
  return { findings, ...countFindings(findings) };
}
