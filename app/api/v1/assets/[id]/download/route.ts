// Downloads an asset's file (?version=n for an earlier version, ?thumbnail=1 for the preview).
import { assetDownload } from "@/lib/assets/asset-download";
import { assetRedirectResponse } from "@/lib/assets/asset-redirect-response";
import { readAssetFile } from "@/lib/assets/read-asset-file";
import { apiRoute } from "@/lib/http/api-route";
import { downloadResponse } from "@/lib/http/download-response";

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const q = new URL(req.url).searchParams;
  const version = q.get("version") ? Number(q.get("version")) : null;
  const file = await readAssetFile(actor, {
    assetId: params.id,
    version: Number.isInteger(version) && version! > 0 ? version : null,
    thumbnail: q.get("thumbnail") === "1",
  });
  if (file.redirectUrl !== undefined) return assetRedirectResponse(file.redirectUrl);
  return downloadResponse(assetDownload(file));
});
