"use server";
import { memberAction } from "@/lib/actions/action-client";
import { importResultsCsv } from "./import-results-csv";
import { recordResult } from "./record-result";
import { importResultsCsvSchema, recordResultSchema } from "./results.schemas";

export const recordResultAction = memberAction("results.record", recordResultSchema, (input, actor) => recordResult(actor, input), {
  revalidate: ["/variants", "/campaigns", "/dashboard"],
  authorize: recordResult.authorize,
});

export const importResultsCsvAction = memberAction("results.importCsv", importResultsCsvSchema, (input, actor) => importResultsCsv(actor, input), {
  revalidate: ["/variants", "/campaigns", "/dashboard"],
  authorize: importResultsCsv.authorize,
});
