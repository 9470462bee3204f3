// What a machine-translation engine must do for pre-translation. Segments arrive masked
// (lib/core/translation/mask-message.ts): protected spans are `{0}`, `{1}`, … tokens the engine
// must keep; the caller restores them and refuses a segment whose tokens did not survive.
import { AppError } from "@/lib/errors";

export type ProviderName = "apertium" | "deepl" | "openai";

export interface TranslationBatch {
  /** BCP 47, e.g. "en" or "en-GB" (the campaign's source locale). */
  sourceLocale: string;
  /** BCP 47, e.g. "es-ES" (the variant's locale). */
  targetLocale: string;
  segments: readonly string[];
  signal?: AbortSignal;
}

export interface TranslationProvider {
  readonly name: ProviderName;
  /** Shown in the block's origin and the audit log, e.g. "Apertium". */
  readonly label: string;
  /** How many segments one translate() call should carry (the job reports progress per batch). */
  readonly batchSize: number;
  /** Whether the engine has this language pair. */
  supports(sourceLocale: string, targetLocale: string): Promise<boolean>;
  /** One translation per segment, in order; throws ProviderError when the engine fails. */
  translate(batch: TranslationBatch): Promise<string[]>;
}

export type ProviderFailure = "MT_UNREACHABLE" | "MT_TIMEOUT" | "MT_BAD_RESPONSE" | "MT_PAIR_UNSUPPORTED";

/** An engine failure: the job records the code as the reason and leaves the blocks empty. */
export class ProviderError extends AppError {
  constructor(
    readonly failure: ProviderFailure,
    message: string,
  ) {
    super(failure, { status: 502, message });
  }
}
