// Runs the workspace checker (termbase + guideline rules) on a text: {text, locale, market?, channel?} → {findings}.
import { checkRequestSchema } from "@/lib/guidelines/guideline.schemas";
import { runCheck } from "@/lib/checker/run-check";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";

export const POST = apiRoute(
  async ({ req, actor }) => {
    runCheck.authorize(actor); // before the body is read
    return runCheck(actor, await readJson(req, checkRequestSchema));
  },
  { allowReadOnly: true },
);
