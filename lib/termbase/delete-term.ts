// Removing one term of a concept (never its last one), based on the concept version the editor saw.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { bumpConceptVersion } from "./concept-version";
import { termSelect, termSnapshot } from "./term-snapshot";
import { deleteTermSchema } from "./termbase.schemas";

export const deleteTerm = defineOperation({
  name: "term.delete",
  input: deleteTermSchema,
  authorize: canEditTermbase,
  run: async ({ actor, input: { id, version }, tx }): Promise<void> => {
    const before = await tx.term.findUnique({ where: { id }, select: termSelect });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, before.conceptId, version);
    const remaining = await tx.term.count({ where: { conceptId: before.conceptId } });
    if (remaining <= 1) throw new AppError("CONCEPT_NEEDS_TERM", { status: 422 });
    await tx.term.delete({ where: { id } });
    await recordAudit(
      { actor, action: "term.delete", entityType: "concept", entityId: before.conceptId, marketId: before.marketId, before: termSnapshot(before) },
      tx,
    );
  },
});
