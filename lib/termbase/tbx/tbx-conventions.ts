import type { TermStatus } from "./termbase-exchange.types";

/**
 * How Meridian encodes what TBX has no data category for. TBX-Basic knows usage status
 * (preferred/admitted/deprecated/superseded) but not "forbidden", "do not translate",
 * case sensitivity or a back-translation. Our export therefore writes:
 *
 * - forbidden: `administrativeStatus = deprecatedTerm-admn-sts` (what any TBX tool
 *   understands as "don't use") plus `<note>meridian:forbidden</note>`;
 * - do-not-translate: `<note>meridian:do-not-translate</note>`;
 * - case-sensitive: `<note>meridian:case-sensitive</note>`;
 * - back-translation: `<note>meridian:back-translation: …</note>`;
 * - usage note: `<note>meridian:usage-note: …</note>` (TBX-Basic has no usageNote term note;
 *   files from other dialects that use `termNote type="usageNote"` are read as well);
 * - market: `termNote type="geographicalUsage"`;
 * - a concept id that is not an XML NCName: `<note>meridian:external-id: …</note>`;
 * - a part of speech outside TBX-Basic's picklist: the picklist's nearest value (properNoun →
 *   noun, anything else → other) plus `<note>meridian:part-of-speech: …</note>` with the original.
 *
 * On import we also accept common third-party encodings: status values containing
 * "forbidden"/"prohibited", and any usage note, term type or note that says
 * "do not translate", "DNT", "untranslatable" or "doNotTranslate".
 */
export const NOTE_PREFIX = "meridian:";
export const NOTE_FORBIDDEN = "meridian:forbidden";
export const NOTE_DNT = "meridian:do-not-translate";
export const NOTE_CASE_SENSITIVE = "meridian:case-sensitive";
export const NOTE_BACK_TRANSLATION = "meridian:back-translation: ";
export const NOTE_USAGE = "meridian:usage-note: ";
export const NOTE_EXTERNAL_ID = "meridian:external-id: ";
/** A part of speech outside TBX-Basic's picklist (e.g. properNoun), written as noun/other plus this note. */
export const NOTE_PART_OF_SPEECH = "meridian:part-of-speech: ";

const DNT_PATTERN = /\b(do[\s_-]*not[\s_-]*translate|don'?t translate|untranslatable|dnt)\b/i;

export function saysDoNotTranslate(text: string): boolean {
  return DNT_PATTERN.test(text);
}

/** Maps administrativeStatus / normativeAuthorization / usageStatus values; undefined if unknown. */
export function mapTbxStatus(value: string): TermStatus | undefined {
  const v = value.trim().toLowerCase();
  if (/forbidden|prohibited/.test(v)) return "forbidden";
  if (v.startsWith("preferred")) return "preferred";
  // normativeAuthorization (TBX v2) also uses standardizedTerm / legalTerm / regulatedTerm.
  if (/^(admitted|standardized|legal|regulated)/.test(v)) return "admitted";
  if (/^(deprecated|superseded|obsolete)/.test(v)) return "deprecated";
  return undefined;
}

/** Status written to TBX (forbidden degrades to deprecated; the note restores it). */
export function toTbxStatus(status: TermStatus): string {
  return status === "forbidden" ? "deprecatedTerm-admn-sts" : `${status}Term-admn-sts`;
}

export function isNcName(id: string): boolean {
  return /^[A-Za-z_][\w.-]*$/.test(id);
}
