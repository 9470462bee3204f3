// Serves an asset file or thumbnail to the signed-in UI (session cookie), permission-checked like the asset.
import { assetDownload } from "@/lib/assets/asset-download";
import { assetRedirectResponse } from "@/lib/assets/asset-redirect-response";
import { readAssetFile } from "@/lib/assets/read-asset-file";
import { downloadResponse } from "@/lib/http/download-response";
import { sessionRoute } from "@/lib/http/session-route";

export const GET = sessionRoute<{ id: string }>(async ({ req, actor, params }) => {
  const q = new URL(req.url).searchParams;
  const version = Number(q.get("version") ?? "");
  const inline = q.get("download") !== "1";
  const file = await readAssetFile(actor, {
    assetId: params.id,
    version: Number.isInteger(version) && version > 0 ? version : null,
    thumbnail: q.get("thumbnail") === "1",
    inline,
  });
  if (file.redirectUrl !== undefined) return assetRedirectResponse(file.redirectUrl);
  return downloadResponse(assetDownload(file, { inline }));
});
