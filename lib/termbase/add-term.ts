// Adding one term to a concept, based on the concept version the editor saw; recorded in the
// concept's history.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { checkTermMarkets } from "./check-term-market";
import { bumpConceptVersion } from "./concept-version";
import { refuseDuplicateTerm } from "./refuse-duplicate-term";
import { toSearchText } from "./search-text";
import { termSelect, termSnapshot } from "./term-snapshot";
import { addTermSchema } from "./termbase.schemas";

export const addTerm = defineOperation({
  name: "term.create",
  input: addTermSchema,
  authorize: canEditTermbase,
  run: async ({ actor, input: { conceptId, version, ...fields }, tx }) => {
    await bumpConceptVersion(tx, conceptId, version);
    await checkTermMarkets(tx, [fields.marketId]);
    await refuseDuplicateTerm(tx, conceptId, fields);
    const term = await tx.term.create({
      data: { ...fields, conceptId, searchText: toSearchText(fields.text) },
      select: termSelect,
    });
    await recordAudit(
      { actor, action: "term.create", entityType: "concept", entityId: conceptId, marketId: term.marketId, after: termSnapshot(term) },
      tx,
    );
    return term;
  },
});
