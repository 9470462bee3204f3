// One asset with its versions and the alternates the caller may see.
import { assetDto } from "@/lib/assets/asset-dto";
import { getAsset } from "@/lib/assets/get-asset";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const asset = await getAsset(actor, params.id);
  return { ...assetDto(asset), alternates: asset.alternates.map((a) => assetDto(a)) };
});
