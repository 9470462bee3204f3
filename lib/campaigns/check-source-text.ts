// Live check of HQ source text while it is written (the editor calls it debounced).
import type { Finding } from "@/lib/core/checker/finding.types";
import { defineOperation } from "@/lib/operations/define-operation";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { checkSourceSchema } from "./campaign.schemas";
import { checkSourceBlock } from "./source-checker";

// No transaction: the check reads the cached term index through the shared client, which an
// open PGlite transaction would block.
export const checkSourceText = defineOperation({
  name: "campaign.checkSource",
  input: checkSourceSchema,
  authorize: canCreateCampaign,
  transaction: false,
  run: ({ input: data }): Promise<Finding[]> =>
    checkSourceBlock({ ...data, channel: data.channel ?? null, blockType: data.blockType ?? null, maxLength: data.maxLength ?? null }),
});
