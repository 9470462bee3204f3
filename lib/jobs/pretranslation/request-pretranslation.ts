// Asks for the empty translate blocks of a variant to be pre-filled (TM, then MT) by a background
// job: whoever may edit the variant may ask. Machine translation must be configured when asked
// for (MT_NOT_CONFIGURED otherwise); TM alone always works. It lives in lib/jobs because it
// starts a job (domains never import lib/jobs).
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import type { Actor } from "@/lib/permissions/actor";
import { canEverEditVariants } from "@/lib/permissions/variants";
import { pretranslateVariantSchema } from "@/lib/translation/pretranslate.schemas";
import { findProvider } from "@/lib/translation/translation-providers";
import { checkVariant, loadVariantHeader } from "@/lib/variants/load-variant";
import { EDITABLE_STATES } from "@/lib/variants/save-variant-blocks";
import { enqueueJob } from "../enqueue-job";

export const PRETRANSLATE_JOB = "pretranslate-variant";

export const requestPretranslation = defineOperation({
  name: "variant.pretranslate",
  input: pretranslateVariantSchema,
  authorize: canEverEditVariants,
  run: async ({ actor, input, tx }) => {
    const variant = await loadVariantHeader(actor, input.variantId, "edit", tx);
    if (!EDITABLE_STATES.has(variant.state)) {
      throw new AppError("VARIANT_NOT_EDITABLE", { status: 409, message: `A ${variant.state} variant cannot be edited`, details: { state: variant.state } });
    }
    if (input.sources.includes("mt") && !findProvider(input.provider)) {
      throw new AppError("MT_NOT_CONFIGURED", {
        status: 422,
        message: input.provider ? `Machine translation through ${input.provider} is not configured` : "No machine translation provider is configured",
        details: { provider: input.provider ?? null },
      });
    }
    const payload = { variantId: variant.id, requestedById: actor.id, sources: input.sources, threshold: input.threshold, provider: input.provider ?? null };
    const jobId = (await enqueueJob(tx, { kind: PRETRANSLATE_JOB, payload, maxAttempts: 3 }))!;
    await recordAudit(
      { actor, action: "variant.pretranslate_requested", entityType: "variant", entityId: variant.id, marketId: variant.marketId, meta: { jobId, ...payload } },
      tx,
    );
    return { jobId };
  },
});

/** The object check alone (this variant, editable by this actor): the API runs it before reading the body. */
export async function authorizePretranslation(actor: Actor, variantId: string): Promise<void> {
  requestPretranslation.authorize(actor);
  await checkVariant(actor, variantId, "edit", await getDb());
}
