// The results form: one result for one variant.
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { recordResults } from "./record-results";
import { recordResultSchema } from "./results.schemas";

export const recordResult = defineOperation({
  name: "result.record_one",
  input: recordResultSchema,
  // Role level only: an invisible variant answers 404 before the recording rule answers 403.
  authorize: canWrite,
  run: async ({ actor, input: data, tx }) => {
    const [stored] = await recordResults(actor, { variantId: data.variantId, results: [data.result], source: "form" }, tx);
    return stored!;
  },
});
