/**
 * Variant workflow. Pure functions, deny by default: a transition is allowed
 * only if it appears in RULES and the actor matches one of its actor rules.
 *
 *   draft | changes_requested | outdated ──submit──▶ in_review
 *   in_review ──request changes──▶ changes_requested          (comment required)
 *   in_review ──approve──▶ approved  (or brand_review when the campaign requires HQ brand sign-off)
 *   brand_review ──approve──▶ approved | ──request changes──▶ changes_requested (hq_brand)
 *   approved ──publish──▶ published
 *   system: source change → outdated (from in_review/brand_review/approved/published),
 *           market removed from campaign → archived.
 *
 * Check order: TRANSITION_NOT_ALLOWED → NOT_PERMITTED → rule-specific codes
 * (SAME_USER_SUBMIT_APPROVE, FOUR_EYES_REQUIRED, CHECKLIST_INCOMPLETE, VARIANT_HAS_ERRORS, COMMENT_REQUIRED).
 *
 * Four eyes: neither whoever submitted a version nor anyone who changed its content since the
 * submission (text, omissions, images, an import: `contentEditorIds`) may approve it.
 */

export const VARIANT_STATES = ["draft", "in_review", "changes_requested", "brand_review", "approved", "published", "outdated", "archived"] as const;
export type VariantState = (typeof VARIANT_STATES)[number];

export const ROLES = ["admin", "hq_brand", "hq_campaign", "regional_marketer", "regional_approver", "translator", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Targets a user may request through the API. */
export const REQUESTABLE_TARGETS = ["in_review", "changes_requested", "approved", "published"] as const;
export type RequestableTarget = (typeof REQUESTABLE_TARGETS)[number];

export type TransitionCode =
  | "TRANSITION_NOT_ALLOWED"
  | "NOT_PERMITTED"
  | "VARIANT_HAS_ERRORS"
  | "CHECKLIST_INCOMPLETE"
  | "SAME_USER_SUBMIT_APPROVE"
  | "FOUR_EYES_REQUIRED"
  | "COMMENT_REQUIRED";

export type Actor = { id: string; role: Role; marketCodes: string[] };
export type VariantFacts = {
  marketCode: string;
  assigneeId: string | null;
  submittedById: string | null;
  requiresBrandSignoff: boolean;
  /** Users who changed the content since the submission. */
  contentEditorIds?: readonly string[];
};
export type TransitionContext = { errorCount: number; overrideReason?: string | null; checklistComplete: boolean; comment?: string | null };

export type TransitionRequest = { from: VariantState; to: VariantState; actor: Actor; variant: VariantFacts; context: TransitionContext };
export type TransitionResult = { ok: true; to: VariantState } | { ok: false; code: TransitionCode };

export const MIN_OVERRIDE_REASON_LENGTH = 10;

type ActorRule = "market_marketer" | "market_approver" | "assigned_translator" | "hq_campaign" | "hq_brand";
type Kind = "submit" | "request_changes" | "approve" | "brand_approve" | "publish";
type Rule = { from: VariantState; to: RequestableTarget; kind: Kind; actors: ActorRule[] };

const RULES: Rule[] = [
  ...(["draft", "changes_requested", "outdated"] as const).map(
    (from): Rule => ({ from, to: "in_review", kind: "submit", actors: ["market_marketer", "assigned_translator", "hq_campaign"] }),
  ),
  { from: "in_review", to: "changes_requested", kind: "request_changes", actors: ["market_approver", "hq_brand"] },
  { from: "in_review", to: "approved", kind: "approve", actors: ["market_approver"] },
  { from: "brand_review", to: "approved", kind: "brand_approve", actors: ["hq_brand"] },
  { from: "brand_review", to: "changes_requested", kind: "request_changes", actors: ["hq_brand"] },
  { from: "approved", to: "published", kind: "publish", actors: ["market_approver", "hq_campaign"] },
];

function matchesActor(rule: ActorRule, actor: Actor, variant: VariantFacts): boolean {
  const inMarket = actor.marketCodes.includes(variant.marketCode);
  switch (rule) {
    case "market_marketer":
      return actor.role === "regional_marketer" && inMarket;
    case "market_approver":
      return actor.role === "regional_approver" && inMarket;
    case "assigned_translator":
      return actor.role === "translator" && variant.assigneeId !== null && actor.id === variant.assigneeId;
    case "hq_campaign":
      return actor.role === "hq_campaign";
    case "hq_brand":
      return actor.role === "hq_brand";
  }
}

const hasText = (value: string | null | undefined, min = 1) => (value ?? "").trim().length >= min;

function findRule(from: VariantState, to: VariantState): Rule | undefined {
  return RULES.find((rule) => rule.from === from && rule.to === to);
}

export function canTransition(request: TransitionRequest): TransitionResult {
  const { from, to, actor, variant, context } = request;
  const rule = findRule(from, to);
  if (!rule) return { ok: false, code: "TRANSITION_NOT_ALLOWED" };
  if (!rule.actors.some((r) => matchesActor(r, actor, variant))) return { ok: false, code: "NOT_PERMITTED" };

  switch (rule.kind) {
    case "submit":
      if (context.errorCount > 0 && !hasText(context.overrideReason, MIN_OVERRIDE_REASON_LENGTH)) return { ok: false, code: "VARIANT_HAS_ERRORS" };
      return { ok: true, to: "in_review" };
    case "request_changes":
      if (!hasText(context.comment)) return { ok: false, code: "COMMENT_REQUIRED" };
      return { ok: true, to: "changes_requested" };
    case "approve":
      if (variant.submittedById !== null && variant.submittedById === actor.id) return { ok: false, code: "SAME_USER_SUBMIT_APPROVE" };
      if (variant.contentEditorIds?.includes(actor.id)) return { ok: false, code: "FOUR_EYES_REQUIRED" };
      if (!context.checklistComplete) return { ok: false, code: "CHECKLIST_INCOMPLETE" };
      return { ok: true, to: variant.requiresBrandSignoff ? "brand_review" : "approved" };
    case "brand_approve":
      if (variant.submittedById !== null && variant.submittedById === actor.id) return { ok: false, code: "SAME_USER_SUBMIT_APPROVE" };
      if (variant.contentEditorIds?.includes(actor.id)) return { ok: false, code: "FOUR_EYES_REQUIRED" };
      return { ok: true, to: "approved" };
    case "publish":
      return { ok: true, to: "published" };
  }
}

export type AllowedTransition = {
  /** What the UI sends. */
  to: RequestableTarget;
  /** Where the variant ends up (approved may land in brand_review). */
  resultState: VariantState;
  /** Set when the actor may do this, but not yet (e.g. CHECKLIST_INCOMPLETE). */
  blockedBy: TransitionCode | null;
  needsComment: boolean;
  /** True when error findings exist and an override reason must be given. */
  needsOverrideReason: boolean;
};

/**
 * Transitions the actor is entitled to from `from`. Input-dependent
 * requirements (comment, override reason) are reported as flags, not as
 * blockers, so the UI can show the button and ask for the text.
 */
export function allowedTransitions(request: Omit<TransitionRequest, "to">): AllowedTransition[] {
  const result: AllowedTransition[] = [];
  for (const to of REQUESTABLE_TARGETS) {
    const rule = findRule(request.from, to);
    if (!rule) continue;
    const needsComment = rule.kind === "request_changes";
    const needsOverrideReason = rule.kind === "submit" && request.context.errorCount > 0;
    const probe = canTransition({
      ...request,
      to,
      context: {
        ...request.context,
        comment: needsComment ? "(comment supplied in UI)" : request.context.comment,
        overrideReason: needsOverrideReason ? "(override reason supplied in UI)" : request.context.overrideReason,
      },
    });
    if (!probe.ok && probe.code === "NOT_PERMITTED") continue;
    const resultState = probe.ok ? probe.to : rule.kind === "approve" && request.variant.requiresBrandSignoff ? "brand_review" : to;
    result.push({ to, resultState, blockedBy: probe.ok ? null : probe.code, needsComment, needsOverrideReason });
  }
  return result;
}

/** System transition when HQ changes a source block the variant depends on. */
export function stateAfterSourceChange(state: VariantState): VariantState {
  switch (state) {
    case "in_review":
    case "brand_review":
    case "approved":
    case "published":
      return "outdated";
    default:
      // draft / changes_requested keep their state (their blocks are flagged outdated); outdated / archived unchanged.
      return state;
  }
}

/** System transition when the market is removed from the campaign. */
export function stateAfterMarketRemoved(_state: VariantState): VariantState {
  return "archived";
}
