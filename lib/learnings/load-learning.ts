// Loads one learning and applies the visibility rule (invisible → 404).
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canViewLearning } from "@/lib/permissions/learnings";
import { requireVisible } from "@/lib/permissions/require";

export async function loadLearning(actor: Actor, learningId: string, tx?: Db) {
  const db = tx ?? (await getDb());
  const learning = await db.learning.findUnique({ where: { id: learningId } });
  if (!learning) throw notFound();
  requireVisible(canViewLearning(actor, learning));
  return learning;
}
