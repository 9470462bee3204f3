// Drafts for the empty translate blocks of one variant: TM exact → TM fuzzy → MT, nothing
// written. Machine translation sends masked leaves only (protected spans as tokens) and keeps a
// block's draft only when every token came back. A provider failure ends the run with its reason
// and no drafts at all (TM ones included): a variant is never half pre-translated.
import { leavesToTranslate, maskMessage, restoreTranslatedLeaves, type MaskPlan, type ProtectedTerm } from "@/lib/core/translation/mask-message";
import type { Db } from "@/lib/db";
import { findTmMatches } from "./find-tm-matches";
import type { BlockOrigin } from "./pretranslate.schemas";
import { ProviderError, type TranslationProvider } from "./translation-provider";

export interface PretranslationCandidate {
  blockId: string;
  key: string;
  sourceText: string;
}

export interface Draft {
  blockId: string;
  target: string;
  origin: BlockOrigin;
}

export interface ComputeInput {
  db: Db;
  sourceLocale: string;
  locale: string;
  candidates: readonly PretranslationCandidate[];
  sources: ReadonlyArray<"tm" | "mt">;
  threshold: number;
  provider: TranslationProvider | null;
  terms: readonly ProtectedTerm[];
  /** Reports blocks handled so far; false stops the work (cancelled). */
  progress(done: number, total: number): Promise<boolean>;
}

export interface ComputeResult {
  drafts: Draft[];
  /** Blocks left empty and why (a masking refusal, a lost token, no pair). */
  skipped: Array<{ key: string; reason: string }>;
  /** The provider failed: its code and message; no draft is kept. */
  failure?: { code: string; message: string };
  /** What was sent to a provider, for the audit log (never the text). */
  sent?: { provider: string; segments: number; blocks: number; langpair: string };
  cancelled?: boolean;
}

export async function computePretranslation(input: ComputeInput): Promise<ComputeResult> {
  const total = input.candidates.length;
  const drafts: Draft[] = [];
  const skipped: ComputeResult["skipped"] = [];
  let rest = [...input.candidates];
  if (input.sources.includes("tm")) {
    const matches = await findTmMatches(input.db, { locale: input.locale, sources: rest.map((c) => c.sourceText), threshold: input.threshold });
    for (const c of rest) {
      const match = matches.get(c.sourceText);
      if (match) drafts.push({ blockId: c.blockId, target: match.target, origin: { kind: "tm", score: match.score } });
    }
    rest = rest.filter((c) => !matches.has(c.sourceText));
    if (!(await input.progress(drafts.length, total))) return { drafts: [], skipped, cancelled: true };
  }
  if (!input.sources.includes("mt") || !input.provider || rest.length === 0) return { drafts, skipped };
  return translateRest(input, input.provider, rest, drafts, skipped);
}

async function translateRest(
  input: ComputeInput,
  provider: TranslationProvider,
  rest: PretranslationCandidate[],
  drafts: Draft[],
  skipped: ComputeResult["skipped"],
): Promise<ComputeResult> {
  const planned: Array<{ candidate: PretranslationCandidate; plan: MaskPlan }> = [];
  for (const candidate of rest) {
    const masked = maskMessage(candidate.sourceText, input.terms);
    if (masked.ok) planned.push({ candidate, plan: masked.plan });
    else skipped.push({ key: candidate.key, reason: masked.reason });
  }
  const segments = planned.flatMap((p, owner) => leavesToTranslate(p.plan).map((leaf) => ({ owner, ...leaf })));
  const sent = { provider: provider.name, segments: 0, blocks: planned.length, langpair: `${input.sourceLocale}|${input.locale}` };
  const translations = planned.map(() => new Map<number, string>());
  const before = drafts.length;
  const total = input.candidates.length;
  try {
    for (let at = 0; at < segments.length; at += provider.batchSize) {
      const batch = segments.slice(at, at + provider.batchSize);
      sent.segments += batch.length;
      const out = await provider.translate({ sourceLocale: input.sourceLocale, targetLocale: input.locale, segments: batch.map((s) => s.text) });
      if (out.length !== batch.length) throw new ProviderError("MT_BAD_RESPONSE", `${out.length} translations for ${batch.length} segments`);
      batch.forEach((s, i) => translations[s.owner]!.set(s.index, out[i]!));
      const share = Math.floor((planned.length * (at + batch.length)) / segments.length);
      if (!(await input.progress(before + share, total))) return { drafts: [], skipped, sent, cancelled: true };
    }
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { drafts: [], skipped, sent, failure: { code: error.failure, message: error.message } };
  }
  for (const [owner, { candidate, plan }] of planned.entries()) {
    const restored = restoreTranslatedLeaves(plan, translations[owner]!);
    if (restored.ok) drafts.push({ blockId: candidate.blockId, target: restored.text, origin: { kind: "mt", provider: provider.name } });
    else skipped.push({ key: candidate.key, reason: restored.reason });
  }
  return { drafts, skipped, sent };
}
