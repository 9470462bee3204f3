import type { XmlProblem } from "@/lib/core/xml/xml-problem";

export type TermStatus = "preferred" | "admitted" | "deprecated" | "forbidden";

export type TermInput = {
  /** BCP-47, canonical case ("en-US"). */
  locale: string;
  text: string;
  status: TermStatus;
  doNotTranslate: boolean;
  caseSensitive: boolean;
  partOfSpeech?: string;
  usageNote?: string;
  backTranslation?: string;
  marketCode?: string;
};

export type ConceptInput = {
  externalId?: string;
  subject?: string;
  definition?: string;
  note?: string;
  terms: TermInput[];
};

/** `{ code, message, line?, column?, path? }`; for CSV `path` names the column. */
export type Problem = XmlProblem;

/**
 * Termbase imports are partial by design: a bad term is reported and skipped while the
 * rest still imports. `ok` is true only when nothing was reported.
 */
export type ParseTermbaseResult = {
  ok: boolean;
  concepts: ConceptInput[];
  problems: Problem[];
  /** Things skipped that do not stop the import (an empty `<term/>`), for the import's report. */
  warnings?: Problem[];
};
