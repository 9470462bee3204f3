// Lists the asset library (filters: q, tag, status, kind, market, expiry) and uploads a new asset (multipart: file + metadata).
import { assetDto } from "@/lib/assets/asset-dto";
import { findAssets } from "@/lib/assets/find-assets";
import { readUploadForm } from "@/lib/assets/read-upload-form";
import { uploadAsset } from "@/lib/assets/upload-asset";
import { getAsset } from "@/lib/assets/get-asset";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async ({ req, actor }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const { items, total } = await findAssets(actor, params);
  return { total, items: items.map((a) => assetDto({ ...a, versions: a.versions })) };
});

export const POST = apiRoute(
  async ({ req, actor }) => {
    uploadAsset.authorize(actor); // before the multipart body is read
    const created = await uploadAsset(actor, await readUploadForm(req));
    return assetDto(await getAsset(actor, created.id));
  },
  { status: 201, location: (asset) => `/api/v1/assets/${asset.id}` },
);
