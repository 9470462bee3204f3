// Removing a concept with all its terms, based on the version the editor saw; the audit record
// keeps what was removed.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { bumpConceptVersion } from "./concept-version";
import { conceptSnapshot } from "./term-snapshot";
import { deleteConceptSchema } from "./termbase.schemas";

export const deleteConcept = defineOperation({
  name: "concept.delete",
  input: deleteConceptSchema,
  authorize: canEditTermbase,
  run: async ({ actor, input: data, tx }): Promise<void> => {
    const before = await tx.concept.findUnique({ where: { id: data.id }, include: { terms: true } });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, data.id, data.version);
    await tx.concept.delete({ where: { id: data.id } });
    await recordAudit(
      {
        actor,
        action: "concept.delete",
        entityType: "concept",
        entityId: data.id,
        before: { ...conceptSnapshot(before), terms: before.terms.map((t) => ({ locale: t.locale, text: t.text, status: t.status })) },
      },
      tx,
    );
  },
});
