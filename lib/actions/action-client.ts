// The fixed set of server-action wrappers. Every action: who (session) → what (zod schema) →
// the domain function (which checks `can…`) → revalidate. Expected errors pass their code
// through as { ok: false, error: { code, details } }; anything else is logged and becomes INTERNAL.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getSessionActor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, toAppError } from "@/lib/errors";
import { rejectUnstorableText } from "@/lib/validation/storable-text";
import type { Actor } from "@/lib/permissions/actor";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; details?: unknown } };

function fail(error: unknown, actor: Actor | null, name: string): ActionResult<never> {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`[action ${name}]`, error);
  if (appError.denial) {
    void recordAudit({ actor, action: "permission.denied", entityType: "action", meta: { action: name } }).catch(
      () => undefined,
    );
  }
  return { ok: false, error: { code: appError.code, message: appError.message, details: appError.details } };
}

/**
 * An action for a signed-in member. `revalidate` lists paths to refresh after success;
 * `authorize` (an operation's cheap check) runs before the input is validated, so a caller who
 * may not act gets FORBIDDEN, never a validation error about a body it may not send.
 */
export function memberAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (input: z.infer<S>, actor: Actor) => Promise<T>,
  options: { revalidate?: string[]; authorize?: (actor: Actor) => void } = {},
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    let actor: Actor | null = null;
    try {
      actor = await getSessionActor();
      if (!actor) throw new AppError("UNAUTHENTICATED");
      options.authorize?.(actor);
      rejectUnstorableText(input);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        throw new AppError("VALIDATION_FAILED", {
          details: parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
        });
      }
      const data = await run(parsed.data, actor);
      for (const path of options.revalidate ?? []) revalidatePath(path, "layout");
      return { ok: true, data };
    } catch (error) {
      return fail(error, actor, name);
    }
  };
}
