// Creates or updates a guideline section (Markdown prose). Updates name the version they were
// based on and are refused with VERSION_CONFLICT when someone else saved in between.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canEditGuidelines, canSeeGuidelineItem } from "@/lib/permissions/guidelines";
import { requireAllowed, requireVisible } from "@/lib/permissions/require";
import { sectionSchema } from "./guideline.schemas";
import { requireMarket } from "./require-market";

export async function saveGuidelineSection(actor: Actor, input: unknown, tx?: Db) {
  const data = sectionSchema.parse(input);
  const run = async (t: Db) => {
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
    if (data.version !== undefined && data.version !== before.version) {
      throw new AppError("VERSION_CONFLICT", { details: { yours: data.version, current: before.version } });
    }
    const moved = await t.guidelineSection.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...fields, version: { increment: 1 }, updatedById: actor.id },
    });
    if (moved.count === 0) throw new AppError("VERSION_CONFLICT", { details: { yours: data.version, current: before.version + 1 } });
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
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}
