"use server";
import { z } from "zod";
import { memberAction } from "@/lib/actions/action-client";
import { addAssetVersion } from "./add-asset-version";
import { assetMetaFromForm, updateAssetSchema } from "./asset.schemas";
import { fileFromForm } from "./read-upload-form";
import { updateAsset } from "./update-asset";
import { uploadAsset } from "./upload-asset";

const formData = z.custom<FormData>((v) => v instanceof FormData);

export const uploadAssetAction = memberAction(
  "assets.upload",
  formData,
  async (form, actor) => {
    const asset = await uploadAsset(actor, { meta: assetMetaFromForm(form), file: await fileFromForm(form) });
    return { id: asset.id };
  },
  { revalidate: ["/assets"], authorize: uploadAsset.authorize },
);

export const addAssetVersionAction = memberAction(
  "assets.addVersion",
  formData,
  async (form, actor) => {
    const assetId = form.get("assetId");
    if (typeof assetId !== "string" || !assetId) throw new z.ZodError([{ code: "custom", path: ["assetId"], message: "custom", input: assetId }]);
    const version = await addAssetVersion(actor, { assetId, file: await fileFromForm(form) });
    return { version: version.version };
  },
  { revalidate: ["/assets"], authorize: addAssetVersion.authorize },
);

export const updateAssetAction = memberAction(
  "assets.update",
  updateAssetSchema,
  async (input, actor) => {
    const asset = await updateAsset(actor, input);
    return { id: asset.id };
  },
  { revalidate: ["/assets"], authorize: updateAsset.authorize },
);
