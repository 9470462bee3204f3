// Why a campaign cannot be published yet, as a list the UI and the API show (PUBLISH_REFUSED
// details). Pure: the caller passes the campaign and a checker for source text.
import type { Finding } from "@/lib/core/checker/finding.types";
import { sourceProblem } from "./campaign-definition";
import type { SourceCheckInput } from "./source-checker";

export interface PublishProblem {
  code:
    | "OBJECTIVE_MISSING"
    | "KPI_MISSING"
    | "MARKETS_MISSING"
    | "TOUCHPOINTS_MISSING"
    | "BLOCKS_MISSING"
    | "SOURCE_EMPTY"
    | "IMAGE_ASSET_MISSING"
    | "PLACEHOLDER_INVALID"
    | "FINDING_ERROR";
  touchpointId?: string;
  blockId?: string;
  blockKey?: string;
  field?: string;
  message: string;
  /** For FINDING_ERROR: the checker's code, e.g. TERM_FORBIDDEN. */
  findingCode?: string;
}

export interface PublishCandidate {
  objective: string;
  kpi: string;
  sourceLocale: string;
  marketCount: number;
  touchpoints: {
    id: string;
    name: string;
    channel: string;
    blocks: { id: string; key: string; type: string; sourceText: string; assetId: string | null; maxLength: number | null }[];
  }[];
}

export function publishProblems(campaign: PublishCandidate, check: (input: SourceCheckInput) => Finding[]): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!campaign.objective.trim()) problems.push({ code: "OBJECTIVE_MISSING", field: "objective", message: "Write the commercial objective." });
  if (!campaign.kpi.trim()) problems.push({ code: "KPI_MISSING", field: "kpi", message: "Name the KPI that will judge the campaign." });
  if (campaign.marketCount === 0) problems.push({ code: "MARKETS_MISSING", field: "markets", message: "Choose at least one target market." });
  if (campaign.touchpoints.length === 0) problems.push({ code: "TOUCHPOINTS_MISSING", field: "touchpoints", message: "Add at least one touchpoint." });
  for (const tp of campaign.touchpoints) {
    if (tp.blocks.length === 0) {
      problems.push({ code: "BLOCKS_MISSING", touchpointId: tp.id, message: `Touchpoint "${tp.name}" has no blocks.` });
    }
    for (const b of tp.blocks) {
      const at = { touchpointId: tp.id, blockId: b.id, blockKey: b.key };
      if (b.type === "image") {
        if (!b.assetId) problems.push({ ...at, code: "IMAGE_ASSET_MISSING", field: "assetId", message: `Block "${b.key}" needs an image.` });
        continue;
      }
      if (!b.sourceText.trim()) {
        problems.push({ ...at, code: "SOURCE_EMPTY", field: "sourceText", message: `Block "${b.key}" has no source text.` });
        continue;
      }
      const invalid = sourceProblem(b.type, b.sourceText, "sourceText");
      if (invalid) {
        problems.push({ ...at, code: "PLACEHOLDER_INVALID", field: "sourceText", message: invalid.message });
        continue;
      }
      for (const f of check({ text: b.sourceText, locale: campaign.sourceLocale, channel: tp.channel, blockType: b.type, maxLength: b.maxLength })) {
        if (f.severity === "error") {
          problems.push({ ...at, code: "FINDING_ERROR", field: "sourceText", findingCode: f.code, message: f.message });
        }
      }
    }
  }
  return problems;
}
