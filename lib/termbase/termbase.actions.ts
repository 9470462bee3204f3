"use server";
// Thin server actions for the termbase pages: session → zod → domain function → revalidate.
import { memberAction } from "@/lib/actions/action-client";
import { createConcept } from "./create-concept";
import { decideProposal } from "./decide-proposal";
import { importTermbase } from "./import-termbase";
import { lookupConcepts } from "./lookup-terms";
import { proposeTerm } from "./propose-term";
import { addTerm } from "./add-term";
import { deleteTerm } from "./delete-term";
import { updateTerm } from "./update-term";
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
import { deleteConcept } from "./delete-concept";
import { updateConcept } from "./update-concept";

const revalidate = ["/termbase"];

export const createConceptAction = memberAction(
  "termbase.createConcept",
  createConceptSchema,
  async (input, actor) => {
    const concept = await createConcept(actor, input);
    return { id: concept.id };
  },
  { revalidate, authorize: createConcept.authorize },
);

export const updateConceptAction = memberAction(
  "termbase.updateConcept",
  updateConceptSchema,
  async (input, actor) => {
    const concept = await updateConcept(actor, input);
    return { id: concept.id, version: concept.version };
  },
  { revalidate, authorize: updateConcept.authorize },
);

export const deleteConceptAction = memberAction(
  "termbase.deleteConcept",
  deleteConceptSchema,
  async (input, actor) => {
    await deleteConcept(actor, input);
    return null;
  },
  { revalidate, authorize: deleteConcept.authorize },
);

export const addTermAction = memberAction(
  "termbase.addTerm",
  addTermSchema,
  async (input, actor) => ({ id: (await addTerm(actor, input)).id }),
  { revalidate, authorize: addTerm.authorize },
);

export const updateTermAction = memberAction(
  "termbase.updateTerm",
  updateTermSchema,
  async (input, actor) => ({ id: (await updateTerm(actor, input)).id }),
  { revalidate, authorize: updateTerm.authorize },
);

export const deleteTermAction = memberAction(
  "termbase.deleteTerm",
  deleteTermSchema,
  async (input, actor) => {
    await deleteTerm(actor, input);
    return null;
  },
  { revalidate, authorize: deleteTerm.authorize },
);

export const proposeTermAction = memberAction(
  "termbase.proposeTerm",
  proposeTermSchema,
  async (input, actor) => ({ id: (await proposeTerm(actor, input)).id }),
  { revalidate, authorize: proposeTerm.authorize },
);

export const decideProposalAction = memberAction(
  "termbase.decideProposal",
  decideProposalSchema,
  async (input, actor) => {
    const p = await decideProposal(actor, input);
    return { id: p.id, state: p.state, conceptId: p.conceptId };
  },
  { revalidate, authorize: decideProposal.authorize },
);

export const importTermbaseAction = memberAction(
  "termbase.import",
  importTermbaseSchema,
  ({ fileBase64, ...input }, actor) => importTermbase(actor, { ...input, content: Buffer.from(fileBase64, "base64") }),
  { revalidate, authorize: importTermbase.authorize },
);

export const lookupTermsAction = memberAction("termbase.lookup", lookupSchema, (input, actor) => lookupConcepts(actor, input));
