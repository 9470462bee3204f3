// Turns a campaign definition (the POST /api/v1/campaigns body, also produced by imports) into
// rows to write, after collecting every problem at once: unknown markets, duplicate block keys,
// invalid ICU placeholders. Pure: the caller supplies the known market codes.
import { validateMessage } from "@/lib/core/text/icu-placeholders";
import type { CampaignDefinition, TouchpointDefinition } from "./campaign.schemas";

export interface DefinitionProblem {
  /** Where, as a JSON path into the definition: "touchpoints.0.blocks.2.source". */
  path: string;
  code: "MARKET_UNKNOWN" | "BLOCK_KEY_DUPLICATE" | "PLACEHOLDER_INVALID" | "IMAGE_BLOCK_NEEDS_ASSET";
  message: string;
  line?: number;
  column?: number;
}

/** One block's source: a problem when its ICU placeholders do not parse. */
export function sourceProblem(type: string, source: string, path: string): DefinitionProblem | null {
  if (type === "image") return null;
  const result = validateMessage(source);
  if (result.ok) return null;
  return { path, code: "PLACEHOLDER_INVALID", message: result.error.message, line: result.error.line, column: result.error.column };
}

export function touchpointProblems(touchpoints: readonly TouchpointDefinition[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  touchpoints.forEach((tp, t) => {
    const keys = new Set<string>();
    tp.blocks.forEach((block, b) => {
      const path = `touchpoints.${t}.blocks.${b}`;
      if (keys.has(block.key)) {
        problems.push({ path: `${path}.key`, code: "BLOCK_KEY_DUPLICATE", message: `The key "${block.key}" is used twice in this touchpoint.` });
      }
      keys.add(block.key);
      const problem = sourceProblem(block.type, block.source, `${path}.source`);
      if (problem) problems.push(problem);
    });
  });
  return problems;
}

export function definitionProblems(definition: CampaignDefinition, knownMarketCodes: ReadonlySet<string>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  definition.markets.forEach((code, i) => {
    if (!knownMarketCodes.has(code)) problems.push({ path: `markets.${i}`, code: "MARKET_UNKNOWN", message: `No market has the code "${code}".` });
  });
  return [...problems, ...touchpointProblems(definition.touchpoints)];
}

export interface TouchpointRow {
  channel: string;
  name: string;
  position: number;
  blocks: {
    key: string;
    type: string;
    policy: "locked" | "translate" | "adapt" | "optional";
    position: number;
    sourceText: string;
    maxLength: number | null;
    notes: string;
    assetId: string | null;
  }[];
}

export function touchpointRows(touchpoints: readonly TouchpointDefinition[]): TouchpointRow[] {
  return touchpoints.map((tp, position) => ({
    channel: tp.channel,
    name: tp.name,
    position,
    blocks: tp.blocks.map((b, i) => ({
      key: b.key,
      type: b.type,
      policy: b.policy,
      position: i,
      sourceText: b.type === "image" ? "" : b.source,
      maxLength: b.maxLength ?? null,
      notes: b.notes ?? "",
      assetId: b.assetId ?? null,
    })),
  }));
}

/** The channels a campaign uses: those named in the brief plus those of its touchpoints. */
export function campaignChannels(briefChannels: readonly string[], touchpoints: readonly { channel: string }[]): string[] {
  return [...new Set([...briefChannels, ...touchpoints.map((t) => t.channel)])];
}
