"use server";
// The editor's pre-translation adapters: ask for a run, follow its job, accept the drafts.
import { z } from "zod";
import { memberAction } from "@/lib/actions/action-client";
import { confirmMachineBlocks } from "@/lib/translation/confirm-machine-blocks";
import { pretranslateVariantSchema } from "@/lib/translation/pretranslate.schemas";
import { followJob } from "../follow-job";
import { requestPretranslation } from "./request-pretranslation";

export const requestPretranslationAction = memberAction("variants.pretranslate", pretranslateVariantSchema, (input, actor) => requestPretranslation(actor, input), {
  authorize: requestPretranslation.authorize,
});

export const followJobAction = memberAction("jobs.follow", z.object({ id: z.string().min(1).max(100) }), (input, actor) => followJob(actor, input.id));

export const confirmMachineBlocksAction = memberAction("variants.confirmMachine", confirmMachineBlocks.input, (input, actor) => confirmMachineBlocks(actor, input), {
  authorize: confirmMachineBlocks.authorize,
});
