"use server";
import { memberAction } from "@/lib/actions/action-client";
import { checkRequestSchema } from "@/lib/guidelines/guideline.schemas";
import { runCheck } from "./run-check";

/** The live "Try the checker" panel: no revalidation, read-only. */
export const tryCheckAction = memberAction("guidelines.tryCheck", checkRequestSchema, (input, actor) => runCheck(actor, input), {
  authorize: runCheck.authorize,
});
