// Uploads a new version of an asset's file (multipart: file).
import { addAssetVersion } from "@/lib/assets/add-asset-version";
import { versionDto } from "@/lib/assets/asset-dto";
import { readUploadForm } from "@/lib/assets/read-upload-form";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute<{ id: string }>(
  async ({ req, actor, params }) => {
    addAssetVersion.authorize(actor); // before the multipart body is read
    const { file } = await readUploadForm(req);
    return versionDto(await addAssetVersion(actor, { assetId: params.id, file }));
  },
  { status: 201 },
);
