import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canEditGuidelines, canSeeGuidelineItem } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { deleteSectionSchema } from "./guideline.schemas";

export async function deleteGuidelineSection(actor: Actor, input: unknown): Promise<void> {
  const { id } = deleteSectionSchema.parse(input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.guidelineSection.findUnique({ where: { id } });
    if (!before) throw notFound();
    requireVisible(canSeeGuidelineItem(actor, before));
    requireAllowed(canEditGuidelines(actor));
    await tx.guidelineSection.delete({ where: { id } });
    await recordAudit(
      {
        actor,
        action: "guideline_section.delete",
        entityType: "guideline_section",
        entityId: id,
        marketId: before.marketId,
        before: { kind: before.kind, title: before.title, body: before.body },
      },
      tx,
    );
  });
}
