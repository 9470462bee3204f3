// Downloads a variant as XLIFF for the signed-in UI (session cookie), permission-checked like the editor.
import { getSessionActor } from "@/lib/auth";
import { AppError, toAppError } from "@/lib/errors";
import { exportXliffQuerySchema } from "@/lib/exchange/exchange.schemas";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { fileResponse } from "@/lib/exchange/file-response";
import { errorResponse } from "@/lib/http/api-route";

export async function GET(req: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const { id } = await context.params;
    const query = exportXliffQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return fileResponse(await exportVariantXliff(actor, { variantId: id, version: query.version }));
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error(error);
    return errorResponse(appError);
  }
}
