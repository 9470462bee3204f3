// Marks (or unmarks) a learning as useful for the actor; usefulCount follows usefulBy.
import { recordAudit } from "@/lib/audit/record-audit";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { canMarkLearningUseful } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { markLearningUsefulSchema } from "./learning.schemas";
import { loadLearning } from "./load-learning";

export const markLearningUseful = defineOperation({
  name: "learning.useful",
  input: markLearningUsefulSchema,
  // Role level only: an invisible learning answers 404 before the learning's rules answer 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const learning = await loadLearning(actor, data.learningId, tx);
    requireAllowed(canMarkLearningUseful(actor, learning));
    const others = learning.usefulBy.filter((id) => id !== actor.id);
    const usefulBy = data.useful ? [...others, actor.id] : others;
    if (usefulBy.length === learning.usefulBy.length && data.useful === learning.usefulBy.includes(actor.id)) {
      return { id: learning.id, usefulCount: learning.usefulCount, useful: data.useful };
    }
    const updated = await tx.learning.update({ where: { id: learning.id }, data: { usefulBy, usefulCount: usefulBy.length }, select: { id: true, usefulCount: true } });
    await recordAudit({ actor, action: data.useful ? "learning.useful" : "learning.not_useful", entityType: "learning", entityId: learning.id, marketId: learning.marketId, after: { usefulCount: updated.usefulCount } }, tx);
    return { ...updated, useful: data.useful };
  },
});
