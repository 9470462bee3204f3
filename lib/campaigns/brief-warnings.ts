// Soft checks on a brief: saving still succeeds, the form shows the warnings.
import { MAX_RECOMMENDED_SEGMENTS } from "./campaign.schemas";

export type BriefWarning = "OBJECTIVE_MISSING" | "TOO_MANY_SEGMENTS";

export function briefWarnings(brief: { objective?: string | null; segments?: readonly unknown[] | null }): BriefWarning[] {
  const warnings: BriefWarning[] = [];
  if (!(brief.objective ?? "").trim()) warnings.push("OBJECTIVE_MISSING");
  if ((brief.segments?.length ?? 0) > MAX_RECOMMENDED_SEGMENTS) warnings.push("TOO_MANY_SEGMENTS");
  return warnings;
}
