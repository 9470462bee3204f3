// The pre-translation job: reads the variant as the person who asked (their permissions still
// apply), drafts its empty translate blocks (TM exact → fuzzy → MT), and writes them all in one
// transaction at the end. A provider failure, a cancellation or a lost permission writes
// nothing and says why in the job's result.
import { z } from "zod";
import { loadActor } from "@/lib/auth/load-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { applyPretranslation } from "@/lib/translation/apply-pretranslation";
import { computePretranslation } from "@/lib/translation/compute-pretranslation";
import { loadProtectedTerms } from "@/lib/translation/load-protected-terms";
import type { ProviderName, TranslationProvider } from "@/lib/translation/translation-provider";
import { findProvider } from "@/lib/translation/translation-providers";
import { loadVariant } from "@/lib/variants/load-variant";
import type { Db } from "@/lib/db";

const payloadSchema = z.object({
  variantId: z.string(),
  requestedById: z.string(),
  sources: z.array(z.enum(["tm", "mt"])),
  threshold: z.number(),
  provider: z.enum(["apertium", "deepl", "openai"]).nullable(),
});

type ProviderLookup = (name?: ProviderName) => TranslationProvider | null;

/** The part of job-handlers' JobContext this handler uses (that file imports this one). */
interface PretranslateContext {
  job: { payload: Record<string, unknown> };
  db: Db;
  reportProgress(done: number, total?: number): Promise<boolean>;
}

export function pretranslateVariantJob(lookup: ProviderLookup = findProvider) {
  return async ({ job, db, reportProgress }: PretranslateContext): Promise<Record<string, unknown>> => {
    const payload = payloadSchema.parse(job.payload);
    const actor = await loadActor(payload.requestedById);
    if (!actor) return { written: 0, failure: { code: "REQUESTER_INACTIVE" } };
    let variant;
    try {
      variant = await loadVariant(actor, payload.variantId, "edit", db);
    } catch (error) {
      if (error instanceof AppError) return { written: 0, failure: { code: error.code } };
      throw error;
    }
    const candidates = variant.blocks
      .filter((vb) => vb.block.policy === "translate" && vb.block.type !== "image" && !vb.omitted && vb.targetText.trim() === "" && vb.block.sourceText.trim() !== "")
      .map((vb) => ({ blockId: vb.blockId, key: vb.block.key, sourceText: vb.block.sourceText, sourceVersion: vb.block.sourceVersion }));
    const provider = payload.sources.includes("mt") ? lookup(payload.provider ?? undefined) : null;
    if (payload.sources.includes("mt") && !provider) return { written: 0, failure: { code: "MT_NOT_CONFIGURED" } };
    await reportProgress(0, candidates.length);
    const terms = provider
      ? await loadProtectedTerms(db, {
          sourceLocale: variant.campaign.sourceLocale,
          targetLocale: variant.locale,
          marketId: variant.marketId,
          texts: candidates.map((c) => c.sourceText),
        })
      : [];
    const computed = await computePretranslation({
      db,
      sourceLocale: variant.campaign.sourceLocale,
      locale: variant.locale,
      candidates,
      sources: payload.sources,
      threshold: payload.threshold,
      provider,
      terms,
      progress: (done, total) => reportProgress(done, total),
    });
    const summary = { candidates: candidates.length, skipped: computed.skipped, sent: computed.sent ?? null };
    if (computed.cancelled || computed.failure) {
      // Text left the workspace even if nothing comes of it: the data-protection record says so.
      if (computed.sent && computed.sent.segments > 0) {
        await recordAudit({ actor, action: "variant.pretranslate", entityType: "variant", entityId: variant.id, marketId: variant.marketId, meta: { written: 0, sent: computed.sent, failure: computed.failure?.code ?? "CANCELLED" } }, db);
      }
      return { ...summary, written: 0, ...(computed.failure ? { failure: computed.failure } : { cancelled: true }) };
    }
    const applied = await applyPretranslation(actor, {
      variantId: variant.id,
      drafts: computed.drafts,
      sourceVersions: new Map(candidates.map((c) => [c.blockId, c.sourceVersion])),
      sent: computed.sent,
    });
    await reportProgress(candidates.length, candidates.length);
    return {
      ...summary,
      written: applied.written,
      tm: computed.drafts.filter((d) => d.origin.kind === "tm").length,
      mt: computed.drafts.filter((d) => d.origin.kind === "mt").length,
      changedMeanwhile: applied.changedMeanwhile,
      ...(applied.refused ? { failure: { code: applied.refused } } : {}),
    };
  };
}
