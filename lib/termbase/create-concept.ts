import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { checkTermMarkets } from "./check-term-market";
import { toSearchText } from "./search-text";
import { conceptSnapshot, termSelect, termSnapshot } from "./term-snapshot";
import { createConceptSchema } from "./termbase.schemas";

export async function createConcept(actor: Actor, input: unknown) {
  requireAllowed(canEditTermbase(actor));
  const data = createConceptSchema.parse(input);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx: Db) => {
      await checkTermMarkets(tx, data.terms.map((t) => t.marketId));
      const concept = await tx.concept.create({
        data: {
          externalId: data.externalId,
          subject: data.subject,
          definition: data.definition,
          note: data.note,
          createdById: actor.id,
          terms: { create: data.terms.map((t) => ({ ...t, searchText: toSearchText(t.text) })) },
        },
        include: { terms: { select: termSelect } },
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
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONCEPT_EXTERNAL_ID_TAKEN", { status: 409 });
    throw error;
  }
}
