// Picklists of the TBX dialects (TBX-Basic and TBX-Min, ISO 30042:2019 dialect specifications):
// a file that declares a dialect is held to its values (issue 16). Categories not listed here are
// free text in both dialects.

export type Picklists = Readonly<Record<string, readonly string[]>>;

/** TBX-Basic has no properNoun (its Schematron refuses it); TBX-Min's list is read with it. */
const PART_OF_SPEECH = ["noun", "verb", "adjective", "adverb", "other"];

const BASIC: Picklists = {
  partOfSpeech: PART_OF_SPEECH,
  termType: ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"],
  administrativeStatus: ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"],
  grammaticalGender: ["masculine", "feminine", "neuter", "other"],
};

const MIN: Picklists = {
  partOfSpeech: [...PART_OF_SPEECH, "properNoun"],
  administrativeStatus: BASIC.administrativeStatus!,
  // LTAC's own TBX-Min sample uses deprecated; superseded follows administrativeStatus.
  usageStatus: ["preferred", "admitted", "notRecommended", "obsolete", "deprecated", "superseded"],
};

/** The picklists of the dialect a TBX root's `type` declares, or undefined (TBX-Core, v2, unknown). */
export function dialectPicklists(type: string | null): { name: string; picklists: Picklists } | undefined {
  if (type === "TBX-Basic") return { name: type, picklists: BASIC };
  if (type === "TBX-Min") return { name: type, picklists: MIN };
  return undefined;
}

/** Meridian's parts of speech as TBX-Basic's picklist has them (the original is kept in a note). */
export function toDialectPartOfSpeech(partOfSpeech: string): string {
  const folded = partOfSpeech.replace(/[\s_-]+/g, "").toLowerCase();
  if (folded === "propernoun") return "noun";
  return PART_OF_SPEECH.find((p) => p === folded) ?? "other";
}
