// HQ creates a concept with its first terms; an external id names one concept only.
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { checkTermMarkets } from "./check-term-market";
import { toSearchText } from "./search-text";
import { conceptSnapshot, termSelect, termSnapshot } from "./term-snapshot";
import { createConceptSchema } from "./termbase.schemas";

export const createConcept = defineOperation({
  name: "concept.create",
  input: createConceptSchema,
  authorize: canEditTermbase,
  run: async ({ actor, input: data, tx }) => {
    await checkTermMarkets(tx, data.terms.map((t) => t.marketId));
    const concept = await tx.concept
      .create({
        data: {
          externalId: data.externalId,
          subject: data.subject,
          definition: data.definition,
          note: data.note,
          createdById: actor.id,
          terms: { create: data.terms.map((t) => ({ ...t, searchText: toSearchText(t.text) })) },
        },
        include: { terms: { select: termSelect } },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError("CONCEPT_EXTERNAL_ID_TAKEN", { status: 409 });
        throw error;
      });
    await recordAudit(
      {
        actor,
        action: "concept.create",
        entityType: "concept",
        entityId: concept.id,
        after: { ...conceptSnapshot(concept), terms: concept.terms.map(termSnapshot) },
      },
      tx,
    );
    return concept;
  },
});
