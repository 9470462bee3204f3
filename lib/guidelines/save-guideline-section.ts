// Creates or updates a guideline section (Markdown prose). Updates name the version they were
// based on and are refused with VERSION_CONFLICT when someone else saved in between.
import { recordAudit } from "@/lib/audit/record-audit";
import { checkVersion, notFound, versionConflict } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canEditGuidelines, canSeeGuidelineItem } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { sectionSchema } from "./guideline.schemas";
import { requireMarket } from "./require-market";

export const saveGuidelineSection = defineOperation({
  name: "guideline_section.save",
  input: sectionSchema,
  // Role-level only: another market's section answers 404 before "not an editor" answers 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx: t }) => {
    await requireMarket(t, data.marketId);
    const fields = { marketId: data.marketId, kind: data.kind, title: data.title, body: data.body, position: data.position };
    if (!data.id) {
      requireAllowed(canEditGuidelines(actor));
      const created = await t.guidelineSection.create({ data: { ...fields, updatedById: actor.id } });
      await recordAudit(
        { actor, action: "guideline_section.create", entityType: "guideline_section", entityId: created.id, marketId: created.marketId, after: fields },
        t,
      );
      return created;
    }
    const before = await t.guidelineSection.findUnique({ where: { id: data.id } });
    if (!before) throw notFound();
    requireVisible(canSeeGuidelineItem(actor, before));
    requireAllowed(canEditGuidelines(actor));
    checkVersion(data.version, before.version);
    // Conditional UPDATE: a save that raced ours since the read above loses here.
    const moved = await t.guidelineSection.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...fields, version: { increment: 1 }, updatedById: actor.id },
    });
    if (moved.count === 0) throw versionConflict({ yours: data.version ?? before.version, current: before.version + 1 });
    const after = await t.guidelineSection.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(
      {
        actor,
        action: "guideline_section.update",
        entityType: "guideline_section",
        entityId: before.id,
        marketId: after.marketId,
        before: { marketId: before.marketId, kind: before.kind, title: before.title, body: before.body, position: before.position },
        after: fields,
      },
      t,
    );
    return after;
  },
});
