"use server";
// Thin server actions for the termbase pages: session → zod → domain function → revalidate.
import { memberAction } from "@/lib/actions/action-client";
import { createConcept } from "./create-concept";
import { decideProposal } from "./decide-proposal";
import { importTermbase } from "./import-termbase";
import { lookupConcepts } from "./lookup-terms";
import { proposeTerm } from "./propose-term";
import { addTerm, deleteTerm, updateTerm } from "./save-term";
import {
  addTermSchema,
  createConceptSchema,
  decideProposalSchema,
  deleteConceptSchema,
  deleteTermSchema,
  importTermbaseSchema,
  lookupSchema,
  proposeTermSchema,
  updateConceptSchema,
  updateTermSchema,
} from "./termbase.schemas";
import { deleteConcept, updateConcept } from "./update-concept";

const revalidate = ["/termbase"];

export const createConceptAction = memberAction(
  "termbase.createConcept",
  createConceptSchema,
  async (input, actor) => {
    const concept = await createConcept(actor, input);
    return { id: concept.id };
  },
  { revalidate },
);

export const updateConceptAction = memberAction(
  "termbase.updateConcept",
  updateConceptSchema,
  async (input, actor) => {
    const concept = await updateConcept(actor, input);
    return { id: concept.id, version: concept.version };
  },
  { revalidate },
);

export const deleteConceptAction = memberAction(
  "termbase.deleteConcept",
  deleteConceptSchema,
  async (input, actor) => {
    await deleteConcept(actor, input);
    return null;
  },
  { revalidate },
);

export const addTermAction = memberAction(
  "termbase.addTerm",
  addTermSchema,
  async (input, actor) => ({ id: (await addTerm(actor, input)).id }),
  { revalidate },
);

export const updateTermAction = memberAction(
  "termbase.updateTerm",
  updateTermSchema,
  async (input, actor) => ({ id: (await updateTerm(actor, input)).id }),
  { revalidate },
);

export const deleteTermAction = memberAction(
  "termbase.deleteTerm",
  deleteTermSchema,
  async (input, actor) => {
    await deleteTerm(actor, input);
    return null;
  },
  { revalidate },
);

export const proposeTermAction = memberAction(
  "termbase.proposeTerm",
  proposeTermSchema,
  async (input, actor) => ({ id: (await proposeTerm(actor, input)).id }),
  { revalidate },
);

export const decideProposalAction = memberAction(
  "termbase.decideProposal",
  decideProposalSchema,
  async (input, actor) => {
    const p = await decideProposal(actor, input);
    return { id: p.id, state: p.state, conceptId: p.conceptId };
  },
  { revalidate },
);

export const importTermbaseAction = memberAction(
  "termbase.import",
  importTermbaseSchema,
  ({ fileBase64, ...input }, actor) => importTermbase(actor, { ...input, content: Buffer.from(fileBase64, "base64") }),
  { revalidate },
);

export const lookupTermsAction = memberAction("termbase.lookup", lookupSchema, (input, actor) => lookupConcepts(actor, input));
