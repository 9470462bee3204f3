// Learnings are written by markets and read by HQ and every other market (closing the loop is
// the point), so reading is open to every role but translators/agencies. Writing is for the
// regional team of the learning's market; promotion into guidelines, termbase or a brief is HQ's.
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWrite, isInMarket, type Actor } from "./actor";

export interface LearningAccessFacts {
  marketId: string;
  authorId: string;
}

export function canViewLearnings(actor: Actor): boolean {
  return actor.role !== "translator";
}

export function canViewLearning(actor: Actor, _learning: LearningAccessFacts): boolean {
  return canViewLearnings(actor);
}

/** A market writes what it learned: its regional marketers and approvers. */
export function canWriteLearning(actor: Actor, marketId: string): boolean {
  if (!canWrite(actor)) return false;
  return (actor.role === "regional_marketer" || actor.role === "regional_approver") && isInMarket(actor, marketId);
}

/** HQ and other markets comment; viewers only read. */
export function canCommentOnLearning(actor: Actor, learning: LearningAccessFacts): boolean {
  return canWrite(actor) && canViewLearning(actor, learning) && actor.role !== "viewer";
}

export function canMarkLearningUseful(actor: Actor, learning: LearningAccessFacts): boolean {
  return canCommentOnLearning(actor, learning);
}

export function canPromoteLearning(actor: Actor, learning: LearningAccessFacts): boolean {
  return canWrite(actor) && canViewLearning(actor, learning) && (actor.role === "hq_brand" || actor.role === "hq_campaign");
}

export function learningWhereForActor(actor: Actor): Prisma.LearningWhereInput {
  return canViewLearnings(actor) ? {} : { id: { in: [] } };
}
