// Who may see, edit, comment on and review market variants. Deny by default.
// Translators see only the variants assigned to them; HQ roles and global viewers see every
// variant but edit none; regional roles see and edit their own markets' variants.
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWrite, hasGlobalScope, isInMarket, type Actor, type Role } from "./actor";

export interface VariantAccessFacts {
  marketId: string;
  assigneeId: string | null;
}

export function canViewVariant(actor: Actor, variant: VariantAccessFacts): boolean {
  if (actor.role === "translator") return variant.assigneeId === actor.id;
  if (hasGlobalScope(actor)) return true;
  return isInMarket(actor, variant.marketId);
}

export function canEditVariant(actor: Actor, variant: VariantAccessFacts): boolean {
  if (!canWrite(actor) || !canViewVariant(actor, variant)) return false;
  if (actor.role === "translator") return variant.assigneeId === actor.id;
  return (actor.role === "regional_marketer" || actor.role === "regional_approver") && isInMarket(actor, variant.marketId);
}

/** Everyone who works on or reviews the variant may comment; viewers only read. */
export function canCommentOnVariant(actor: Actor, variant: VariantAccessFacts): boolean {
  if (!canWrite(actor) || !canViewVariant(actor, variant)) return false;
  return actor.role !== "viewer";
}

/** Regional approvers of the market and HQ brand review (checklist, request changes, approve). */
export function canReviewVariant(actor: Actor, variant: VariantAccessFacts): boolean {
  if (!canWrite(actor) || !canViewVariant(actor, variant)) return false;
  return (actor.role === "regional_approver" && isInMarket(actor, variant.marketId)) || actor.role === "hq_brand";
}

/** Who may ask for a workflow transition at all; the state machine decides which one. */
export function canRequestVariantTransition(actor: Actor, variant: VariantAccessFacts): boolean {
  return canWrite(actor) && canViewVariant(actor, variant) && actor.role !== "viewer";
}

// Role-level checks: may this actor do this to any variant at all? Operations run them before
// reading a body or loading anything (defineOperation's `authorize`); the object rules above
// follow once the variant is read.
export function canEverEditVariants(actor: Actor): boolean {
  return canWrite(actor) && (actor.role === "translator" || actor.role === "regional_marketer" || actor.role === "regional_approver");
}

export function canEverReviewVariants(actor: Actor): boolean {
  return canWrite(actor) && (actor.role === "regional_approver" || actor.role === "hq_brand");
}

export function canEverTransitionVariants(actor: Actor): boolean {
  return canWrite(actor) && actor.role !== "viewer";
}

/** Review queue: approvers (own markets) and HQ brand. */
export function canUseReviewQueue(actor: Actor): boolean {
  return actor.role === "regional_approver" || actor.role === "hq_brand" || actor.role === "admin";
}

/** Bulk approval from the review queue: the roles that approve a step of the review. */
export function canApproveFromReviewQueue(actor: Actor): boolean {
  return actor.role === "regional_approver" || actor.role === "hq_brand";
}

// Assignment: HQ campaign managers and admins assign in every market; a market's lead assigns in
// the market they lead. Work goes to people who edit variants there: regional marketers and
// translators (agencies) with a membership in the market. Approvers are left out on purpose:
// four-eyes would stop them approving what they were assigned to write.
export interface VariantAssignmentFacts extends VariantAccessFacts {
  /** The market's lead (Market.leadId). */
  leadId: string | null;
}

export function canEverAssignVariants(actor: Actor): boolean {
  return canWrite(actor) && (actor.role === "admin" || actor.role === "hq_campaign" || actor.role === "regional_marketer" || actor.role === "regional_approver");
}

export function canAssignVariant(actor: Actor, variant: VariantAssignmentFacts): boolean {
  if (!canEverAssignVariants(actor) || !canViewVariant(actor, variant)) return false;
  if (actor.role === "admin" || actor.role === "hq_campaign") return true;
  return variant.leadId === actor.id && isInMarket(actor, variant.marketId);
}

export const ASSIGNABLE_ROLES: readonly Role[] = ["regional_marketer", "translator"];

export interface AssigneeFacts {
  role: Role;
  marketIds: readonly string[];
  disabledAt?: Date | null;
}

/** May this person be given a variant of this market? */
export function canBeAssignee(user: AssigneeFacts, marketId: string): boolean {
  return !user.disabledAt && ASSIGNABLE_ROLES.includes(user.role) && user.marketIds.includes(marketId);
}

export function variantWhereForActor(actor: Actor): Prisma.VariantWhereInput {
  if (actor.role === "translator") return { assigneeId: actor.id };
  if (hasGlobalScope(actor)) return {};
  return { marketId: { in: actor.marketIds } };
}
