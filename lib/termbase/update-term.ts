// Changing one term of a concept, based on the concept version the editor saw; recorded in the
// concept's history with before/after.
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { checkTermMarkets } from "./check-term-market";
import { bumpConceptVersion } from "./concept-version";
import { refuseDuplicateTerm } from "./refuse-duplicate-term";
import { toSearchText } from "./search-text";
import { termSelect, termSnapshot } from "./term-snapshot";
import { updateTermSchema } from "./termbase.schemas";

export const updateTerm = defineOperation({
  name: "term.update",
  input: updateTermSchema,
  authorize: canEditTermbase,
  run: async ({ actor, input: { id, version, ...fields }, tx }) => {
    const before = await tx.term.findUnique({ where: { id }, select: termSelect });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, before.conceptId, version);
    await checkTermMarkets(tx, [fields.marketId]);
    await refuseDuplicateTerm(tx, before.conceptId, fields, id);
    const after = await tx.term.update({
      where: { id },
      data: { ...fields, searchText: toSearchText(fields.text) },
      select: termSelect,
    });
    await recordAudit(
      {
        actor,
        action: "term.update",
        entityType: "concept",
        entityId: before.conceptId,
        marketId: after.marketId ?? before.marketId,
        before: termSnapshot(before),
        after: termSnapshot(after),
      },
      tx,
    );
    return after;
  },
});
