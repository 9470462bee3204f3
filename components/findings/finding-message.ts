// The one place a checker finding becomes words for the UI: HQ's own rule message when the
// rule has one, else the translated text for the finding's code (variants:findings.codes.*),
// else the checker's English message.
import type { TFunction } from "i18next";

export interface DisplayFinding {
  code: string;
  message: string;
  data?: unknown;
}

export function findingMessage(t: TFunction, finding: DisplayFinding): string {
  const custom = (finding.data as { customMessage?: unknown } | undefined)?.customMessage;
  if (typeof custom === "string" && custom.trim()) return custom;
  return t(`variants:findings.codes.${finding.code}`, { defaultValue: finding.message });
}
