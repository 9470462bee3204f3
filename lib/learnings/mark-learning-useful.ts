// Marks (or unmarks) a learning as useful for the actor; usefulCount follows usefulBy.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canMarkLearningUseful } from "@/lib/permissions/learnings";
import { requireAllowed } from "@/lib/permissions/require";
import { markLearningUsefulSchema } from "./learning.schemas";
import { loadLearning } from "./load-learning";

export async function markLearningUseful(actor: Actor, input: unknown) {
  const data = markLearningUsefulSchema.parse(input);
  return (await getDb()).$transaction(async (tx) => {
    const learning = await loadLearning(tx, actor, data.learningId);
    requireAllowed(canMarkLearningUseful(actor, learning));
    const others = learning.usefulBy.filter((id) => id !== actor.id);
    const usefulBy = data.useful ? [...others, actor.id] : others;
    if (usefulBy.length === learning.usefulBy.length && data.useful === learning.usefulBy.includes(actor.id)) {
      return { id: learning.id, usefulCount: learning.usefulCount, useful: data.useful };
    }
    const updated = await tx.learning.update({ where: { id: learning.id }, data: { usefulBy, usefulCount: usefulBy.length }, select: { id: true, usefulCount: true } });
    await recordAudit({ actor, action: data.useful ? "learning.useful" : "learning.not_useful", entityType: "learning", entityId: learning.id, marketId: learning.marketId, after: { usefulCount: updated.usefulCount } }, tx);
    return { ...updated, useful: data.useful };
  });
}
