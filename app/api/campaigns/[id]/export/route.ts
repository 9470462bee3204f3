// Downloads a campaign export (JSON, CSV, XLIFF zip) for the signed-in UI (session cookie), permission-checked per variant.
import { getSessionActor } from "@/lib/auth";
import { AppError, toAppError } from "@/lib/errors";
import { marketList } from "@/lib/exchange/exchange-media-types";
import { campaignExportQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportCampaign } from "@/lib/exchange/export-campaign";
import { fileResponse } from "@/lib/exchange/file-response";
import { errorResponse } from "@/lib/http/api-route";

export async function GET(req: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const { id } = await context.params;
    const query = campaignExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return fileResponse(
      await exportCampaign(actor, { campaignId: id, format: query.format, version: query.version, markets: marketList(query.markets) }),
    );
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error(error);
    return errorResponse(appError);
  }
}
