import type { XmlProblem } from "@/lib/core/xml/xml-problem";
import type { TbxExtra } from "./tbx-extra";

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
  /** TBX elements of the term Meridian has no column for, kept as written (tbx-extra.ts). */
  extra?: TbxExtra;
};

export type ConceptInput = {
  externalId?: string;
  subject?: string;
  definition?: string;
  note?: string;
  /** The concept's and its language sections' TBX elements without a column, kept as written. */
  extra?: TbxExtra;
  terms: TermInput[];
};

/** `{ code, message, line?, column?, path? }`; for CSV `path` names the column; `market` names a missing market. */
export type Problem = XmlProblem & { market?: string; locales?: string[] };

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
