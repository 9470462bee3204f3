// An HQ brand manager removes a guideline section; the audit record keeps its text.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canEditGuidelines, canSeeGuidelineItem } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { deleteSectionSchema } from "./guideline.schemas";

export const deleteGuidelineSection = defineOperation({
  name: "guideline_section.delete",
  input: deleteSectionSchema,
  // Role-level only: another market's section answers 404 before "not an editor" answers 403.
  authorize: canWrite,
  run: async ({ actor, input: { id }, tx }): Promise<void> => {
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
  },
});
