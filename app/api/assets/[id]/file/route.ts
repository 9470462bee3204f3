// Serves an asset file or thumbnail to the signed-in UI (session cookie), permission-checked like the asset.
import { assetDownload } from "@/lib/assets/asset-download";
import { readAssetFile } from "@/lib/assets/read-asset-file";
import { downloadResponse } from "@/lib/http/download-response";
import { sessionRoute } from "@/lib/http/session-route";

export const GET = sessionRoute<{ id: string }>(async ({ req, actor, params }) => {
  const q = new URL(req.url).searchParams;
  const version = Number(q.get("version") ?? "");
  const file = await readAssetFile(actor, {
    assetId: params.id,
    version: Number.isInteger(version) && version > 0 ? version : null,
    thumbnail: q.get("thumbnail") === "1",
  });
  return downloadResponse(assetDownload(file, { inline: q.get("download") !== "1" }));
});
