"use server";
import { memberAction } from "@/lib/actions/action-client";
import { decideRuleProposal } from "./decide-rule-proposal";
import { deleteGuidelineSection } from "./delete-guideline-section";
import { decideProposalSchema, deleteSectionSchema, ruleSchema, sectionSchema } from "./guideline.schemas";
import { saveGuidelineRule } from "./save-guideline-rule";
import { saveGuidelineSection } from "./save-guideline-section";

const revalidate = ["/guidelines"];

export const saveSectionAction = memberAction(
  "guidelines.saveSection",
  sectionSchema,
  async (input, actor) => {
    const saved = await saveGuidelineSection(actor, input);
    return { id: saved.id, version: saved.version };
  },
  { revalidate, authorize: saveGuidelineSection.authorize },
);

export const deleteSectionAction = memberAction(
  "guidelines.deleteSection",
  deleteSectionSchema,
  async (input, actor) => {
    await deleteGuidelineSection(actor, input);
    return null;
  },
  { revalidate, authorize: deleteGuidelineSection.authorize },
);

export const saveRuleAction = memberAction(
  "guidelines.saveRule",
  ruleSchema,
  async (input, actor) => {
    const saved = await saveGuidelineRule(actor, input);
    return { id: saved.id, version: saved.version };
  },
  { revalidate, authorize: saveGuidelineRule.authorize },
);

export const decideProposalAction = memberAction(
  "guidelines.decideProposal",
  decideProposalSchema,
  async (input, actor) => {
    const result = await decideRuleProposal(actor, input);
    return { id: result.id, decision: result.decision };
  },
  { revalidate, authorize: decideRuleProposal.authorize },
);
