// Termbase download for the signed-in user (the export buttons of the termbase pages).
import { getSessionActor } from "@/lib/auth";
import { AppError, toAppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-route";
import { exportTermbase } from "@/lib/termbase/export-termbase";
import { termbaseFormatSchema } from "@/lib/termbase/termbase.schemas";

export async function GET(req: Request): Promise<Response> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const format = termbaseFormatSchema.parse(new URL(req.url).searchParams.get("format") ?? "tbx");
    const file = await exportTermbase(actor, format);
    return new Response(file.body, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.fileName}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(toAppError(error));
  }
}
