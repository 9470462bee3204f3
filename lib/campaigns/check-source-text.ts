// Live check of HQ source text while it is written (the editor calls it debounced).
import type { Finding } from "@/lib/core/checker/finding.types";
import type { Actor } from "@/lib/permissions/actor";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { requireAllowed } from "@/lib/permissions/require";
import { checkSourceSchema } from "./campaign.schemas";
import { checkSourceBlock } from "./source-checker";

export async function checkSourceText(actor: Actor, input: unknown): Promise<Finding[]> {
  requireAllowed(canCreateCampaign(actor));
  const data = checkSourceSchema.parse(input);
  return checkSourceBlock({ ...data, channel: data.channel ?? null, blockType: data.blockType ?? null, maxLength: data.maxLength ?? null });
}
