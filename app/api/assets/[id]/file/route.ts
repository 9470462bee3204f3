// Serves an asset file or thumbnail to the signed-in UI (session cookie), permission-checked like the asset.
import { getSessionActor } from "@/lib/auth";
import { assetFileResponse } from "@/lib/assets/asset-file-response";
import { assetRedirectResponse } from "@/lib/assets/asset-redirect-response";
import { readAssetFile } from "@/lib/assets/read-asset-file";
import { AppError, toAppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-route";

export async function GET(req: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const { id } = await context.params;
    const q = new URL(req.url).searchParams;
    const version = Number(q.get("version") ?? "");
    const file = await readAssetFile(actor, {
      assetId: id,
      version: Number.isInteger(version) && version > 0 ? version : null,
      thumbnail: q.get("thumbnail") === "1",
      inline: q.get("download") !== "1",
    });
    if (file.redirectUrl !== undefined) return assetRedirectResponse(file.redirectUrl);
    return assetFileResponse(file, { inline: q.get("download") !== "1" });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error(error);
    return errorResponse(appError);
  }
}
