import { describe, expect, it } from "vitest";
import {
  ROLES,
  VARIANT_STATES,
  allowedTransitions,
  canTransition,
  stateAfterMarketRemoved,
  stateAfterSourceChange,
  type Actor,
  type Role,
  type TransitionContext,
  type VariantFacts,
  type VariantState,
} from "./variant-state-machine";

/**
 * Independent specification, written out literally from the product brief:
 * "<from> > <to>" → who may do it. "own" = actor's marketCodes include the
 * variant market, "any" = market irrelevant, "assigned" = actor is the assignee.
 */
const SPEC: Record<string, string[]> = {
  "draft > in_review": ["regional_marketer:own", "translator:assigned", "hq_campaign:any"],
  "changes_requested > in_review": ["regional_marketer:own", "translator:assigned", "hq_campaign:any"],
  "outdated > in_review": ["regional_marketer:own", "translator:assigned", "hq_campaign:any"],
  "in_review > changes_requested": ["regional_approver:own", "hq_brand:any"],
  "in_review > approved": ["regional_approver:own"],
  "brand_review > approved": ["hq_brand:any"],
  "brand_review > changes_requested": ["hq_brand:any"],
  "approved > published": ["regional_approver:own", "hq_campaign:any"],
};

function specAllows(from: VariantState, to: VariantState, role: Role, ownMarket: boolean, assigned: boolean): boolean | null {
  const who = SPEC[`${from} > ${to}`];
  if (!who) return null; // transition does not exist
  return who.some((entry) => {
    const [r, scope] = entry.split(":");
    if (r !== role) return false;
    if (scope === "any") return true;
    if (scope === "own") return ownMarket;
    return assigned;
  });
}

const ACTOR_ID = "user-actor";
const happyContext: TransitionContext = { errorCount: 0, checklistComplete: true, comment: "Please fix the CTA tone." };

function actorFor(role: Role, ownMarket: boolean): Actor {
  return { id: ACTOR_ID, role, marketCodes: ownMarket ? ["DE", "AT"] : ["FR"] };
}
function variantFor(assigned: boolean, requiresBrandSignoff: boolean): VariantFacts {
  return { marketCode: "DE", assigneeId: assigned ? ACTOR_ID : "someone-else", submittedById: "user-submitter", requiresBrandSignoff };
}

type Case = [VariantState, VariantState, Role, "own" | "other", "assigned" | "unassigned", "brand" | "nobrand"];
const cases: Case[] = [];
for (const from of VARIANT_STATES)
  for (const to of VARIANT_STATES)
    for (const role of ROLES)
      for (const market of ["own", "other"] as const)
        for (const assignment of ["assigned", "unassigned"] as const)
          for (const brand of ["brand", "nobrand"] as const) cases.push([from, to, role, market, assignment, brand]);

describe("canTransition — every (state, target, role, market, assignment, brand flag)", () => {
  it("covers the full product", () => expect(cases.length).toBe(8 * 8 * 7 * 2 * 2 * 2));

  it.each(cases)("%s → %s by %s (%s market, %s, %s)", (from, to, role, market, assignment, brand) => {
    const allowed = specAllows(from, to, role, market === "own", assignment === "assigned");
    const result = canTransition({
      from,
      to,
      actor: actorFor(role, market === "own"),
      variant: variantFor(assignment === "assigned", brand === "brand"),
      context: happyContext,
    });
    if (allowed === null) expect(result).toEqual({ ok: false, code: "TRANSITION_NOT_ALLOWED" });
    else if (!allowed) expect(result).toEqual({ ok: false, code: "NOT_PERMITTED" });
    else {
      const expectedTarget = from === "in_review" && to === "approved" && brand === "brand" ? "brand_review" : to;
      expect(result).toEqual({ ok: true, to: expectedTarget });
    }
  });
});

describe("canTransition — rule-specific refusals", () => {
  const marketer = actorFor("regional_marketer", true);
  const approver = actorFor("regional_approver", true);
  const brand = actorFor("hq_brand", false);
  const variant = variantFor(false, false);

  it("submit with error findings needs an override reason of ≥ 10 characters", () => {
    const submit = (context: Partial<TransitionContext>) =>
      canTransition({ from: "draft", to: "in_review", actor: marketer, variant, context: { ...happyContext, errorCount: 2, ...context } });
    expect(submit({})).toEqual({ ok: false, code: "VARIANT_HAS_ERRORS" });
    expect(submit({ overrideReason: "legal ok" })).toEqual({ ok: false, code: "VARIANT_HAS_ERRORS" });
    expect(submit({ overrideReason: "   padded   " })).toEqual({ ok: false, code: "VARIANT_HAS_ERRORS" });
    expect(submit({ overrideReason: "Legal approved" })).toEqual({ ok: true, to: "in_review" });
    expect(submit({ errorCount: 0 })).toEqual({ ok: true, to: "in_review" });
  });

  it("requesting changes needs a comment (in_review and brand_review)", () => {
    for (const [from, actor] of [["in_review", approver], ["in_review", brand], ["brand_review", brand]] as const) {
      for (const comment of [undefined, null, "", "   "]) {
        expect(canTransition({ from, to: "changes_requested", actor, variant, context: { ...happyContext, comment } })).toEqual({ ok: false, code: "COMMENT_REQUIRED" });
      }
    }
  });

  it("approval needs the cultural checklist", () => {
    expect(canTransition({ from: "in_review", to: "approved", actor: approver, variant, context: { ...happyContext, checklistComplete: false } })).toEqual({
      ok: false,
      code: "CHECKLIST_INCOMPLETE",
    });
  });

  it("the submitter may not approve their own submission", () => {
    const ownSubmission = { ...variant, submittedById: approver.id };
    expect(canTransition({ from: "in_review", to: "approved", actor: approver, variant: ownSubmission, context: happyContext })).toEqual({
      ok: false,
      code: "SAME_USER_SUBMIT_APPROVE",
    });
  });

  it("permission is checked before rule-specific requirements", () => {
    const outsider = actorFor("regional_approver", false);
    expect(canTransition({ from: "in_review", to: "approved", actor: outsider, variant, context: { ...happyContext, checklistComplete: false } }).ok).toBe(false);
    expect(canTransition({ from: "in_review", to: "approved", actor: outsider, variant, context: { ...happyContext, checklistComplete: false } })).toEqual({
      ok: false,
      code: "NOT_PERMITTED",
    });
  });

  it("an unassigned variant does not let every translator submit", () => {
    const translator = actorFor("translator", true);
    expect(canTransition({ from: "draft", to: "in_review", actor: translator, variant: { ...variant, assigneeId: null }, context: happyContext })).toEqual({
      ok: false,
      code: "NOT_PERMITTED",
    });
  });
});

describe("allowedTransitions", () => {
  it("lists what the regional approver can do in review, with blockers and input flags", () => {
    const list = allowedTransitions({
      from: "in_review",
      actor: actorFor("regional_approver", true),
      variant: variantFor(false, true),
      context: { errorCount: 0, checklistComplete: false },
    });
    expect(list).toEqual([
      { to: "changes_requested", resultState: "changes_requested", blockedBy: null, needsComment: true, needsOverrideReason: false },
      { to: "approved", resultState: "brand_review", blockedBy: "CHECKLIST_INCOMPLETE", needsComment: false, needsOverrideReason: false },
    ]);
  });

  it("flags the override reason for submits with errors", () => {
    const list = allowedTransitions({ from: "draft", actor: actorFor("hq_campaign", false), variant: variantFor(false, false), context: { errorCount: 3, checklistComplete: false } });
    expect(list).toEqual([{ to: "in_review", resultState: "in_review", blockedBy: null, needsComment: false, needsOverrideReason: true }]);
  });

  it("agrees with canTransition for every state and role (no entry ⇔ not permitted / not allowed)", () => {
    for (const from of VARIANT_STATES)
      for (const role of ROLES)
        for (const own of [true, false]) {
          const request = { from, actor: actorFor(role, own), variant: variantFor(true, false), context: happyContext };
          const listed = allowedTransitions(request).map((t) => t.to);
          const expected = (["in_review", "changes_requested", "approved", "published"] as const).filter((to) => canTransition({ ...request, to }).ok);
          expect(listed, `${from}/${role}/${own}`).toEqual(expected);
        }
  });

  it("viewers and admins get nothing anywhere", () => {
    for (const from of VARIANT_STATES)
      for (const role of ["viewer", "admin"] as const)
        expect(allowedTransitions({ from, actor: actorFor(role, true), variant: variantFor(true, true), context: happyContext })).toEqual([]);
  });
});

describe("system transitions", () => {
  it.each([
    ["draft", "draft"],
    ["changes_requested", "changes_requested"],
    ["in_review", "outdated"],
    ["brand_review", "outdated"],
    ["approved", "outdated"],
    ["published", "outdated"],
    ["outdated", "outdated"],
    ["archived", "archived"],
  ] as const)("source change: %s → %s", (from, expected) => expect(stateAfterSourceChange(from)).toBe(expected));

  it("market removal archives every state, and archived is not reachable by users", () => {
    for (const state of VARIANT_STATES) expect(stateAfterMarketRemoved(state)).toBe("archived");
    for (const from of VARIANT_STATES)
      for (const role of ROLES)
        expect(canTransition({ from, to: "archived", actor: actorFor(role, true), variant: variantFor(true, false), context: happyContext }).ok).toBe(false);
  });
});
