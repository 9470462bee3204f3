// Changing a concept's own fields, based on the version the editor saw.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { bumpConceptVersion } from "./concept-version";
import { conceptSnapshot } from "./term-snapshot";
import { updateConceptSchema } from "./termbase.schemas";

export const updateConcept = defineOperation({
  name: "concept.update",
  input: updateConceptSchema,
  authorize: canEditTermbase,
  run: async ({ actor, input: data, tx }) => {
    const before = await tx.concept.findUnique({ where: { id: data.id } });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, data.id, data.version);
    const after = await tx.concept.update({
      where: { id: data.id },
      data: { subject: data.subject, definition: data.definition, note: data.note },
    });
    await recordAudit(
      { actor, action: "concept.update", entityType: "concept", entityId: data.id, before: conceptSnapshot(before), after: conceptSnapshot(after) },
      tx,
    );
    return after;
  },
});
