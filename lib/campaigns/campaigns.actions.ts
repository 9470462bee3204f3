"use server";
import { memberAction } from "@/lib/actions/action-client";
import { addTouchpoint } from "./add-touchpoint";
import {
  addTouchpointSchema,
  blockIdSchema,
  campaignBriefSchema,
  campaignIdSchema,
  checkSourceSchema,
  copyBlockSchema,
  moveBlockSchema,
  saveBlockSchema,
  touchpointIdSchema,
  updateCampaignSchema,
} from "./campaign.schemas";
import { checkSourceText } from "./check-source-text";
import { copyBlock } from "./copy-block";
import { createCampaignFromDefinition } from "./create-campaign";
import { deleteBlock } from "./delete-block";
import { deleteTouchpoint } from "./delete-touchpoint";
import { duplicateBlock } from "./duplicate-block";
import { moveBlock } from "./move-block";
import { publishCampaign } from "./publish-campaign";
import { saveBlock } from "./save-block";
import { updateCampaign } from "./update-campaign";

const revalidate = { revalidate: ["/campaigns"] };

export const createCampaignAction = memberAction(
  "campaigns.create",
  campaignBriefSchema,
  (input, actor) => createCampaignFromDefinition(actor, { ...input, touchpoints: [] }),
  revalidate,
);
export const updateCampaignAction = memberAction("campaigns.update", updateCampaignSchema, (input, actor) => updateCampaign(actor, input), revalidate);
export const publishCampaignAction = memberAction("campaigns.publish", campaignIdSchema, async (input, actor) => {
  const published = await publishCampaign(actor, input);
  return { id: published.id, variants: published.variants.length };
}, revalidate);
export const addTouchpointAction = memberAction("campaigns.addTouchpoint", addTouchpointSchema, (input, actor) => addTouchpoint(actor, input), revalidate);
export const deleteTouchpointAction = memberAction("campaigns.deleteTouchpoint", touchpointIdSchema, (input, actor) => deleteTouchpoint(actor, input), revalidate);
export const saveBlockAction = memberAction("campaigns.saveBlock", saveBlockSchema, (input, actor) => saveBlock(actor, input), revalidate);
export const deleteBlockAction = memberAction("campaigns.deleteBlock", blockIdSchema, (input, actor) => deleteBlock(actor, input), revalidate);
export const moveBlockAction = memberAction("campaigns.moveBlock", moveBlockSchema, (input, actor) => moveBlock(actor, input), revalidate);
export const duplicateBlockAction = memberAction("campaigns.duplicateBlock", blockIdSchema, (input, actor) => duplicateBlock(actor, input), revalidate);
export const copyBlockAction = memberAction("campaigns.copyBlock", copyBlockSchema, (input, actor) => copyBlock(actor, input), revalidate);
/** Debounced by the editor while HQ writes source text; no revalidation. */
export const checkSourceAction = memberAction("campaigns.checkSource", checkSourceSchema, (input, actor) => checkSourceText(actor, input));
